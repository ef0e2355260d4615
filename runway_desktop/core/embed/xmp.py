"""An XMP packet carrying the record (JPEG APP1 and WebP `XMP ` chunks share it).

The record is the text of one `rd:record` element in our own namespace; `dc:description` holds
the plain summary so file browsers and photo tools show the prompt. A foreign packet already in
the file keeps its content: our description is added to it, and an earlier one of ours replaced.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, unescape

NAMESPACE = "https://runway-desktop.app/ns/record/1.0/"
_OURS = re.compile(
    r"<rdf:Description[^>]*xmlns:rd=\"" + re.escape(NAMESPACE) + r"\".*?</rdf:Description>\s*", re.S
)
_RECORD = re.compile(r"<rd:record>(.*?)</rd:record>", re.S)
_EXTENDED = re.compile(r"<rd:extended>([0-9A-F]{32})</rd:extended>")
_RDF_END = "</rdf:RDF>"


def description(record_text: str | None, summary: str, extended_guid: str | None = None) -> str:
    """Our rdf:Description: the record inline, or a pointer to the extended packet holding it."""
    body = [f'<rdf:Description rdf:about="" xmlns:rd="{NAMESPACE}"']
    body.append(' xmlns:dc="http://purl.org/dc/elements/1.1/"')
    if extended_guid:
        body.append(' xmlns:xmpNote="http://ns.adobe.com/xmp/note/"')
        body.append(f' xmpNote:HasExtendedXMP="{extended_guid}">')
        body.append(f"<rd:extended>{extended_guid}</rd:extended>")
    else:
        body.append(">")
    if record_text is not None:
        body.append(f"<rd:record>{escape(record_text)}</rd:record>")
    body.append(f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(summary)}</rdf:li>')
    body.append("</rdf:Alt></dc:description></rdf:Description>")
    return "".join(body)


def packet(descriptions: str, existing: str | None = None) -> str:
    """A whole packet: `existing` with any earlier description of ours swapped for `descriptions`."""
    if existing and _RDF_END in existing:
        cleaned = _OURS.sub("", existing)
        at = cleaned.rindex(_RDF_END)
        return cleaned[:at] + descriptions + cleaned[at:]
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f"{descriptions}{_RDF_END}</x:xmpmeta>"
        '<?xpacket end="w"?>'
    )


def extension_packet(record_text: str) -> str:
    """The extended packet that holds a record too large for a JPEG segment."""
    return packet(
        f'<rdf:Description rdf:about="" xmlns:rd="{NAMESPACE}">'
        f"<rd:record>{escape(record_text)}</rd:record></rdf:Description>"
    )


def without_ours(existing: str) -> str | None:
    """A foreign packet with our description taken out; None when nothing foreign is left."""
    cleaned = _OURS.sub("", existing)
    inner = re.search(r"<rdf:RDF[^>]*>(.*?)</rdf:RDF>", cleaned, re.S)
    if inner is not None and not inner.group(1).strip():
        return None
    return cleaned


def is_ours(text: str) -> bool:
    return NAMESPACE in text


def record_text(text: str) -> str | None:
    """The record's JSON text from a packet, or None when it holds none inline."""
    found = _RECORD.search(text) if is_ours(text) else None
    return unescape(found.group(1)) if found else None


def extended_guid(text: str) -> str | None:
    found = _EXTENDED.search(text) if is_ours(text) else None
    return found.group(1) if found else None
