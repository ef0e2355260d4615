"""Format details: other tools see the record, foreign metadata survives, structure stays valid."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET

import av
import pytest
from embed_samples import decoded, packets, sample_record
from media_factory import make_flac, make_jpeg, make_mp3, make_mp4, make_png, make_wav
from PIL import Image

from runway_desktop.core.embed import dumps, embed_record, read_record
from runway_desktop.core.embed import mp4 as mp4_module
from runway_desktop.core.embed.xmp import NAMESPACE
from runway_desktop.simulator.render import RenderJob, render

RD = "{" + NAMESPACE + "}"


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """RIFF chunks after the 12-byte header."""
    out, pos = [], 12
    while pos + 8 <= len(data):
        kind, size = data[pos : pos + 4], struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        out.append((kind, data[pos + 8 : pos + 8 + size]))
        pos += 8 + size + (size & 1)
    return out


def test_png_text_is_what_image_tools_read(tmp_path):
    path = tmp_path / "a.png"
    image = Image.new("RGB", (16, 16), (10, 20, 30))
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "someone else")
    image.save(path, pnginfo=info)
    record = sample_record("a kite ✨")

    embed_record(path, record)

    with Image.open(path) as reopened:
        reopened.load()
        assert reopened.text["Author"] == "someone else"
        assert reopened.text["parameters"].startswith(
            "a kite ✨\nModel: gen4_turbo, Endpoint: image_to_video"
        )
        assert reopened.text["runway-desktop"] == dumps(record)


@pytest.mark.parametrize("maker", ["jpeg", "webp"])
def test_xmp_is_well_formed_and_keeps_a_foreign_packet(tmp_path, maker):
    path = tmp_path / f"a.{maker}"
    foreign = (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="Darkroom"/>'
        "</rdf:RDF></x:xmpmeta>"
    )
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"
    Image.new("RGB", (40, 30), (200, 100, 50)).save(path, exif=exif, xmp=foreign.encode())
    before = decoded(path)
    record = sample_record('quotes " and <tags> & ampersands')

    embed_record(path, record)

    assert read_record(path) == record
    assert decoded(path) == before
    with Image.open(path) as image:
        assert image.getexif()[0x010F] == "CameraMaker"
        packet = image.info["xmp"]
    root = ET.fromstring(re.sub(r"<\?xpacket[^>]*\?>", "", packet.decode("utf-8")))
    tools = [
        d.get("{http://ns.adobe.com/xap/1.0/}CreatorTool")
        for d in root.iter()
        if d.tag.endswith("Description")
    ]
    assert "Darkroom" in tools
    assert [e.text for e in root.iter(RD + "record")] == [dumps(record)]


def test_a_jpeg_record_larger_than_a_segment_uses_extended_xmp(tmp_path):
    path = make_jpeg(tmp_path / "a.jpg")
    record = sample_record("long " * 30000)

    embed_record(path, record)

    data = path.read_bytes()
    assert data.count(b"http://ns.adobe.com/xmp/extension/\x00") >= 3
    assert read_record(path) == record
    with Image.open(path) as image:
        image.load()  # a strict decoder still reads every segment


@pytest.mark.parametrize(
    ("mode", "lossless", "bitstream", "alpha"), [("RGBA", True, b"VP8L", 0x10), ("RGB", False, b"VP8 ", 0)]
)
def test_a_simple_webp_becomes_extended_correctly(tmp_path, mode, lossless, bitstream, alpha):
    path = tmp_path / "a.webp"
    pixels = Image.new(mode, (33, 17), (10, 200, 30, 128)[: len(mode)])
    pixels.save(path, lossless=lossless)
    assert _chunks(path.read_bytes())[0][0] == bitstream
    before = decoded(path)

    embed_record(path, sample_record())

    data = path.read_bytes()
    chunks = _chunks(data)
    assert [kind for kind, _ in chunks] == [b"VP8X", bitstream, b"XMP "]
    flags, width, height = chunks[0][1][0], chunks[0][1][4:7], chunks[0][1][7:10]
    assert flags == alpha | 0x04  # alpha (for a lossless image that has it) and XMP
    assert int.from_bytes(width, "little") + 1 == 33 and int.from_bytes(height, "little") + 1 == 17
    assert struct.unpack("<I", data[4:8])[0] == len(data) - 8
    assert decoded(path) == before


def test_an_extended_webp_keeps_its_other_chunks(tmp_path):
    path = tmp_path / "a.webp"
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"
    Image.new("RGB", (20, 20), (1, 2, 3)).save(path, exif=exif)

    embed_record(path, sample_record())

    kinds = [kind for kind, _ in _chunks(path.read_bytes())]
    assert kinds[0] == b"VP8X" and b"EXIF" in kinds and kinds[-1] == b"XMP "
    with Image.open(path) as image:
        assert image.getexif()[0x010F] == "CameraMaker"


def test_fast_start_mp4_has_its_chunk_offsets_moved(tmp_path):
    path = tmp_path / "fast.mp4"
    plain = make_mp4(tmp_path / "plain.mp4", seconds=1.0, audio=True)
    with av.open(str(plain)) as source, av.open(str(path), "w", options={"movflags": "+faststart"}) as sink:
        streams = {s.index: sink.add_stream_from_template(s) for s in source.streams}
        for packet in source.demux():
            if packet.dts is not None:
                packet.stream = streams[packet.stream.index]
                sink.mux(packet)
    data = path.read_bytes()
    assert data.index(b"moov") < data.index(b"mdat")
    before, before_packets = decoded(path), packets(path)

    embed_record(path, sample_record("x" * 5000))

    assert decoded(path) == before
    assert packets(path) == before_packets
    assert read_record(path) == sample_record("x" * 5000)


def test_chunk_offsets_that_would_overflow_are_widened_to_64_bits():
    def box(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I4s", len(payload) + 8, kind) + payload

    stco = box(b"stco", struct.pack(">II2I", 0, 2, 0xFFFFFFF0, 0x10))
    moov = box(b"trak", box(b"mdia", box(b"minf", box(b"stbl", stco))))

    new = mp4_module._new_moov(moov, 0x8, '{"a":1}', "summary", data_after=True)

    delta = len(new) - len(box(b"moov", moov))
    table = new[new.index(b"co64") + 4 :]
    count = struct.unpack(">I", table[4:8])[0]
    assert b"stco" not in new
    assert struct.unpack(">2Q", table[8 : 8 + 16 * count // 2]) == (0xFFFFFFF0 + delta, 0x10 + delta)


def test_audio_tags_keep_what_the_encoder_wrote_and_show_the_summary(tmp_path):
    for path in (make_mp3(tmp_path / "a.mp3"), make_flac(tmp_path / "a.flac"), make_wav(tmp_path / "a.wav")):
        embed_record(path, sample_record("rain on a tin roof"))
        with av.open(str(path)) as container:
            tags = {k.lower(): v for k, v in container.metadata.items()}
        assert tags["encoder"].startswith("Lavf")
        assert (tags.get("parameters") or tags.get("comment")).startswith("rain on a tin roof")


def test_wav_ixml_from_another_tool_gets_our_element_added(tmp_path):
    path = make_wav(tmp_path / "a.wav")
    data = path.read_bytes()
    foreign = b'<?xml version="1.0"?><BWFXML><PROJECT>Field day</PROJECT></BWFXML>'
    body = data[12:] + b"iXML" + struct.pack("<I", len(foreign)) + foreign + b"\0" * (len(foreign) & 1)
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body) + 4) + b"WAVE" + body)
    before = decoded(path)

    embed_record(path, sample_record())
    embed_record(path, sample_record("again"))

    ixml = dict(_chunks(path.read_bytes()))[b"iXML"]
    root = ET.fromstring(ixml.strip(b"\0 "))
    assert root.find("PROJECT").text == "Field day"
    assert len(root.findall("RUNWAY_DESKTOP")) == 1
    assert read_record(path) == sample_record("again")
    assert decoded(path) == before


@pytest.mark.parametrize(
    ("kind", "fmt"),
    [
        ("image", "png"),
        ("image", "jpeg"),
        ("image", "webp"),
        ("video", "mp4"),
        ("audio", "mp3"),
        ("audio", "wav"),
        ("audio", "flac"),
    ],
)
def test_simulator_outputs_carry_a_record(tmp_path, kind, fmt):
    job = RenderJob(
        kind=kind,
        out_path=str(tmp_path / f"out.{fmt}"),
        width=160,
        height=96,
        duration=1.0,
        seed=3,
        prompt="a lighthouse",
        fps=12,
        format=fmt,
    )
    result = render(job)
    path = tmp_path / f"out.{fmt}"
    before = decoded(path)
    record = sample_record("a lighthouse", mime=result.mime)

    embed_record(path, record)

    assert read_record(path) == record
    assert decoded(path) == before


def test_an_id3v2_3_tag_keeps_its_version_and_frames(tmp_path):
    path = tmp_path / "old.mp3"
    with av.open(str(path), "w", format="mp3", options={"id3v2_version": "3"}) as container:
        container.metadata["title"] = "Évening tide"
        stream = container.add_stream("libmp3lame", rate=44100, layout="mono")
        for index in range(20):
            frame = av.AudioFrame(format="s16p", layout="mono", samples=1152)
            frame.planes[0].update(bytes(2304))
            frame.sample_rate, frame.pts = 44100, index * 1152
            container.mux(stream.encode(frame))
        container.mux(stream.encode())
    assert path.read_bytes()[3] == 3
    before = decoded(path)
    record = sample_record("vent du soir 🌊")

    embed_record(path, record)

    assert path.read_bytes()[3] == 3
    assert read_record(path) == record
    assert decoded(path) == before
    with av.open(str(path)) as container:
        assert container.metadata["title"] == "Évening tide"


def test_a_png_text_chunk_that_would_inflate_without_end_is_not_a_record(tmp_path):
    import zlib

    path = make_png(tmp_path / "bomb.png")
    data = path.read_bytes()
    body = b"runway-desktop\0\x01\x00\0\0" + zlib.compress(b"{" + b" " * (100 << 20), 9)
    chunk = struct.pack(">I", len(body)) + b"iTXt" + body + struct.pack(">I", zlib.crc32(b"iTXt" + body))
    path.write_bytes(data[:33] + chunk + data[33:])  # right after IHDR

    assert read_record(path) is None
