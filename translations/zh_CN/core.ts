<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CoreText</name>
    <message>
        <source> Runway said: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and the proxy settings ({proxy} is set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it may have been deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task id must be a non-empty string, not {task_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upload {path}: it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upload {path}: the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your Runway tasks before sending it again: a duplicate would be billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your internet connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Runway. Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach {where}, or the connection was lost ({reason}). {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {name} while uploading it: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RetryPolicy.max_attempts must be at least 1, not {max_attempts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway accepted the request but its answer could not be read, so it is unknown whether the task was created. {duplicate_warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway accepted the request but its answer held no task id. {duplicate_warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway accepted the request but its answer held no usable task id ({user_message}) {duplicate_warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway answered in an unexpected way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway answered with unexpected HTTP status {status}. Try again later; if it persists, check the API base URL.{said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway could not find it; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway could not find {what}{gone}.{said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway failed (HTTP {status}) after receiving the request, so it is unknown whether the task was created. {duplicate_warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway gave an address for the output file that is not a valid URL ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway gave an address for the {what} containing spaces or control characters ({shown}), so it was not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway gave an address for the {what} that holds credentials, so it was not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway gave an address for the {what} that is not a valid URL ({shown}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway gave an address for the {what} that is {count} characters long (at most {max_url_length} are accepted), so it was not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway gave an address for the {what} without a host ({shown}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway gave an address on this computer or its local network for the {what} ({shown}), so it was not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway gave an address that was not fetched because it is not a safe web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway gave no usable address for the {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway gave {kind} for the {what} ({shown}); only https:// addresses are fetched (plain http only from the offline simulator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway had a problem on its side (HTTP {status}). Try again in a moment.{said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway had a problem on its side. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway is limiting requests right now; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway is limiting requests right now; try again in {retry_after} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway refused access to this resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway refused access to {what}.{said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway rejected the API key. Check that it is typed correctly and not revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway rejected the value of {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway sent an answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway&apos;s address answered with a redirect (HTTP {status}), which the API never sends; a proxy or login page may be in the way. Check the API base URL and the network settings.{said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway&apos;s address redirected elsewhere; a proxy or login page may be in the way. Check the API base URL and the network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway&apos;s answer about {what} came in {reason}. Try again later; if it persists, check the network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway&apos;s answer about {what} held no status. Try again later; if it persists, check the API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway&apos;s answer about {what} listed {count} outputs (a task has at most {max_outputs}). Try again later; if it persists, check the API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway&apos;s answer about {what} was about another task. Try again later; if it persists, check the API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway&apos;s answer about {what} was far too large ({size}; at most {limit} are read), so it was not read. A proxy or a faulty server may be answering in Runway&apos;s place; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway&apos;s answer about {what} was not the object the API sends (it was {json_kind}). Try again later; if it persists, check the API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway&apos;s answer about {what} {found}. Try again later; if it persists, check the network settings and the API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway&apos;s answer could not be read; a proxy or firewall may be answering in its place. Try again later, or check the network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway&apos;s answer did not finish arriving in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway&apos;s answer to the upload request held no usable upload address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway&apos;s storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway&apos;s storage refused the upload (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Runway API key contains spaces or characters a key cannot have; paste it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Runway API key is empty; add your key in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Runway base URL {base_url} is not a valid URL: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Runway base URL {base_url} must look like https://host[:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Runway base URL {base_url} must not hold credentials, a query or a fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Runway base URL {base_url} uses plain http://, which would send the API key unencrypted; use https:// (plain http is allowed only for localhost, the offline simulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body for {path} cannot be sent as JSON: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body for {path} must be a JSON object (a dict), not {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Runway was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download from the output host ({host}) stopped: no data arrived for {seconds} s. Try the download again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download from the output host ({host}) was far too slow ({received} in {seconds} s), so it was stopped. Try the download again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be uploaded to Runway&apos;s storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file from the output host ({host}) ended early on every attempt ({received}{of}). Try the download again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file from the output host ({host}) {size}, far beyond any real output (at most {cap} are accepted), so it was not saved. Fetch the task again later for a fresh link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file could not be downloaded (HTTP {status}). Try the download again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file is no longer available (HTTP {status}); its link has probably expired. Fetching the task again gives fresh links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output host ({host}) sent a document ({kind}) instead of the media file; a proxy or login page may be in the way. Check the network settings, then try the download again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output host ({host}) sent {reason}, not a media file. Try the download again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output host had a problem (HTTP {status}). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output host is limiting downloads (HTTP {status}); try again soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output host redirected too often or to an address without a location (HTTP {status}). Fetching the task again gives fresh links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy configured in the environment cannot be used: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request reached Runway but no answer came back, so it is unknown whether the task was created. Check your Runway tasks before sending it again: a duplicate would be billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task id is not a valid Runway task id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task id is {count} characters long (at most {max_task_id_length} are accepted); it cannot be a Runway task id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task id {shown} holds characters a Runway task id cannot have (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WireLimits must be positive: {bad}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization&apos;s daily generation limit at Runway is used up; try again tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a body that does not decode ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address without a scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encoding this app does not read ({content_encoding})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk_size must be positive, not {chunk_size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip, deflate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {limit} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete answer within {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only {received} bytes in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw deflate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the headers of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new {path} task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was a web page, not the API&apos;s data; a proxy or login page may be answering in Runway&apos;s place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>went past {cap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{endpoint} is not a Runway endpoint name such as &apos;image_to_video&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{happened} after the request was sent, so it is unknown whether the task was created. {duplicate_warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} became shorter while it was being uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} did not finish sending {what} within {seconds} s. Try again in a moment; if it persists, check the network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} redirected to an address that is not a valid URL, so it was not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} redirected too many times. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} sent an answer that could not be decoded ({reason}). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per {per} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft task ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FPS boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProRes profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt adherence (CFG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway does not publish a price for {id} at this size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway does not publish a price for {id}; the estimate appears after submitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech (audio or video)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price per image depends on the ratio; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {low} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {high} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasts {seconds} s; it must last {length_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {low} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} of input; the total follows once the input is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate}; the total depends on the duration the model chooses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate}; the total depends on the duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{surcharged} of input × {duration} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{values}–{values_2} credits/image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A generation record must be a JSON object, not {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragmented MP4 files cannot carry the record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RF64 (very large) WAV files cannot carry the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway Desktop {app_version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JPEG&apos;s XMP metadata is too large to add the record to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MP4&apos;s chunk offsets cannot be moved to make room for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WAV file is too large (4 GB) to carry the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generation record cannot be written as JSON: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be written into {path} ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is too large for a FLAC comment block (16 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JPEG already carries extended XMP from another tool; the record does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file&apos;s ID3v2.{version} tag cannot be updated; the record was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file of unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {size} bytes, the file ended after {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a FLAC file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JPEG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PNG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a WAV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a WebP file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JPEG header is damaged (a segment does not start with 0xFF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG file ends before its IEND chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WebP file ends inside a chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WebP file holds no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WebP image data (VP8) is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WebP image data (VP8L) is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ended {remaining} bytes early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no single moov box (it is not a complete MP4/MOV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text chunk inflates to more than 64 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {decode} box is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {decode} box runs past the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected WebP chunk {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {name_2}, which cannot carry a generation record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} looks damaged ({exc}), so its record cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} looks damaged ({exc}); the record was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (its name says {promised}, but its content is not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> together, so no single one can be longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{broken}&apos; inside the ZIP archive is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be decoded: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be reached: permission denied on the folder that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read: permission denied (check the file&apos;s permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read: {strerror}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {detail} pixels, too many to decode safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a folder, not a file: choose a file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a symbolic link that loops back on itself, so it never leads to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a symbolic link to &apos;{target}&apos;, which does not exist (the link is broken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged or incomplete: it starts like {name_2} but cannot be decoded ({detail}). Was the copy or download interrupted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged or incomplete: it starts like {name_2} but cannot be decoded. Was the copy or download interrupted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty (0 bytes): there is nothing in it to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is incomplete: its header says {declared}, but only {size} is there (was the copy or download interrupted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is incomplete: {detail} (was the copy or download interrupted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is named like {promised} but is really {name_2}. {fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in a format Runway accepts{claim}: Runway takes {accepted_summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {a_kind}, but {label} takes {takes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {name_2} holding only audio; Runway takes audio as MP3, WAV, FLAC, M4A or AAC: convert it to one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {name_2} with no video or audio in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {name_2}, which Runway does not accept. {fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {seconds} s long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {st_size}; Runway accepts files up to {upload_max_bytes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {what}, not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {width}×{height} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is {size}, too big for a data URI (Runway&apos;s limit is {data_uri_limit} for the encoded text): send it as an upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is {size}; Runway accepts files up to {upload_max_bytes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; contains a user name or password; Runway cannot use them and they would be shared with every request: use a public or signed link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; has an invalid host name &apos;{host}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is not a valid URL ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is not an HTTPS URL: Runway fetches media only from https:// addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is {count} characters long; Runway accepts URLs of at most {max_url_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; points at &apos;{host}&apos;, a local name Runway&apos;s servers cannot reach: use a public domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; points at the IP address {host}; Runway only fetches from domain names (like media.example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; uses plain HTTP, but Runway only fetches media over HTTPS: use the https:// address, or download the file and add it from disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-Two&apos;s reference video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF images are not supported by Runway: convert &apos;{name}&apos; to PNG, JPEG or WebP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF images are not supported by Runway: convert it to PNG, JPEG or WebP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grok Imagine 1.5 Lite&apos;s prompt image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grok Imagine 1.5&apos;s prompt image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H3 Max&apos;s prompt images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a media file: Runway takes {accepted_summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG, PNG or WebP images; MP4, MOV, MKV or WebM video; MP3, WAV, FLAC, M4A or AAC audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kling 4&apos;s reference videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename it to &apos;{stem}{suffix}&apos; so its name matches its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway takes audio as MP3, WAV, FLAC, M4A or AAC: convert it to one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway takes images as JPEG, PNG or WebP: convert it to one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway takes video as MP4, MOV, MKV or WebM: convert it to one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seedance 2 Fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seedance 2 Mini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wan 3 Prime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FLAC audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a HEIC/AVIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Matroska (MKV) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Matroska (MKV) video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Matroska audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a QuickTime (MOV) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a QuickTime (MOV) video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WAV audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WebM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WebM video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZIP archive (or an Office document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {type} codec this app cannot decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an AAC audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an AVI video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an M4A audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an MP3 audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an MP4 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an MP4 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ogg file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each of Grok Imagine 1.5&apos;s reference audio clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it should last {declared} s, yet only {span} s of it is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no frame of it decodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no thumbnail for {kind} media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP archive is damaged ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no audio or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image does not decode ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the media does not decode ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {long_name} audio codec; Runway takes {accepted} or PCM audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {long_name} video codec; Runway takes {accepted} video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id}.{name} is not a media field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length}; {subject} must be at least {low} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length}; {subject} must be {low}–{high} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length}; {subject} must last {most} {high} s{together}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} last {total} s together; {subject} must last {most} {max_seconds} s together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no video frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s reference audio clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s reference videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} (width / height = {aspect}); {subject} must have a width / height between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size}; {subject} must be at least {min_side} pixels on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({more} more problem.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({more} more problems.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{action}&apos; is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{audio_type}&apos; is not an audio type: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{filename}&apos; is not a plain file name; write a name without folders (the output folder is chosen when the pipeline runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already the name of an earlier output; this run saves as &apos;{chosen}&apos; so nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--var {name} is not used by the pipeline (no {{{{{name_2}}}}} in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pipeline is a JSON object with a non-empty list of steps: {{&quot;steps&quot;: [{{&quot;action&quot;: …}}, …]}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the pipeline {path}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has no runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline is not valid JSON: it is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline is not valid JSON: {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fan_out needs &quot;step&quot;: the generation to run once per source, e.g. {{&quot;action&quot;: &quot;generate_video&quot;, &quot;prompt&quot;: &quot;… {{source}} …&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fan_out needs a list of sources, or use_previous: true to run once per previous output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each source must be text, a file path or a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each step must be a JSON object such as {{&quot;action&quot;: &quot;generate_video&quot;, …}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either sources or use_previous: true, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or an endpoint name such as video_to_audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output {output} of run {producer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallel must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources must be a non-empty list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action {what} of {actions}.{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first step has no previous step to take outputs from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same request with the same seed as step {step} run {number}: it makes the same output again and costs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sources are text, and the template does not use {{source}}; {{i}} is the run number (1, 2, …), so the source values do not reach the request. Write {{source}} where each source belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template&apos;s action must be one of {generate} (a fan_out cannot contain a fan_out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template&apos;s action must be one of {generate}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the variable {{{{{name}}}}} has no value; pass --var {name_2}=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file &apos;{value}&apos; (looked for {looked}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use_previous gives this step its input, so image_url is not used (as in Runway&apos;s runner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use_previous must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} run is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} runs are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} ({endpoint}) has no {dropped}; its runs are made without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} ({endpoint}) has no {dropped}; its runs are made without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} ({endpoint}) takes no seed: one run per prompt and variant instead of {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} needs a voice and the step names none; it uses the preset voice {voice}. Add &quot;{name}&quot;: &quot;NAME&quot; to choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} on {endpoint} takes no {kind} input here (it takes no media).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} on {endpoint} takes no {kind} input here (it takes {takes}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{known} for {runs} run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{known} for {runs} runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{known} for {value} of {runs} runs; {unknown} run has no published price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{known} for {value} of {runs} runs; {unknown} runs have no published price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} (runs {listed}: {count} in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} for {id}: one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model_id} does not serve {endpoint}; it serves {served}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model_id} makes {makes} ({served}), not {output}; use it in a generate_{split} step or choose a {output_2} model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{msg} (line {lineno}, column {colno})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is left out: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{output_prefix}{index} of run {producer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{repeated} prompt is repeated; each prompt is planned once (use seeds for more takes of one prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{repeated} prompts are repeated; each prompt is planned once (use seeds for more takes of one prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Use {replacement} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of at least {low}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of at most {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Its fields are: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean &apos;{close}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No URI was given for media {index} of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt text mentions @{name}, but no reference image is tagged &apos;{name_2}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag &apos;{tag}&apos; is used by more than one reference image; each tag must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag &apos;{tag}&apos; must be 3–16 characters, start with a letter, and use only letters, digits and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown endpoint &apos;{endpoint}&apos;. Endpoints: {endpoints}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown model &apos;{model_id}&apos;.{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a file so it can be inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has both seconds and at; give one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has not been inspected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a time: seconds from the start, or at (a fraction from 0 to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least {counted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs {low} to {counted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes at most {counted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} ({endpoint}) has no field &apos;{key}&apos;{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} applies only when {label_2} is {allowed}; change {label_3} or clear {label_4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} cannot be set here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} has a last frame but no first frame; a last frame requires a first frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} has an entry with no file or URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} has an item form ({item}) this app cannot write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} has {count} {position} frames; use one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not valid JSON: {msg} (line {lineno}, column {colno}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is {length} characters long; {model_id} allows at most {max_length} (counted in UTF-16 code units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} mixes frames (first/last) with reference images (no position); use one or the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a language code such as en or pt-BR; {raw} is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a list of keyframes, each with a time and an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a number{range_text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a whole number from {low} to {high}, or random.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a whole number{range_text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be one of the preset voices: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be true or false (yes/no, 1/0 also work).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} needs {wanted} (a file or an https:// URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} needs {wanted}; &apos;{name}&apos; is {get}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} position must be {positions}; &apos;{value}&apos; is set to &apos;{position}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} takes at most {counted} ({frames} frame); {count} given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} takes at most {counted} ({frames} frames); {count} given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} takes one {noun}; {count} given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} {problem} for {id} (Runway&apos;s documented limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; is not a file, an https:// URL or a runway:// URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; must be an https:// URL; Runway fetches only HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: cannot tell whether &apos;{name}&apos; is {wanted}; {remedy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: either every keyframe has a range or none does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: the URL is {count} characters; Runway accepts at most {url_limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: the subject of &apos;{value}&apos; must be {subjects}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {model_id} does not use positions here; the position of &apos;{name}&apos; is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {model_id} does not use subjects here; the subject of &apos;{name}&apos; is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {model_id} does not use tags here; the tag on &apos;{name}&apos; is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model_id} has been retired. {note}{advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model_id} is not served by {endpoint}; it is available on {served}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model_id} is served by several endpoints ({served}); choose one, or give the inputs that decide it (for example an image for image_to_video).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has unknown keys {items}; use seconds or at, media and range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is at {moment} s, outside its range {start}–{end} s; a keyframe must fall within its range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is at {seconds} s, but the input video is {source_seconds} s long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must have a time (seconds or at) and an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} needs one image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: at must be a fraction from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: its range ends at {end} s, after the end of the input video ({source_seconds} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: range needs whole-second start_seconds and end_seconds, with start before end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: seconds must be a number of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}must be one of {enum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}must be {json_names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown}, … ({count} in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (tried {failures} times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> A proxy is set in the environment ({fromkeys}); check that it is running and allows this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It is unknown whether Runway created the task; check your Runway tasks before retrying, as a duplicate would be billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live task cannot be removed from the history; cancel it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media slot holds neither a file nor a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Runway API key in Settings, or try the offline simulator, before generating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Runway API key in Settings, or try the offline simulator, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An input could not be sent, so nothing was submitted: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was submitted; nothing was spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the task again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your connection (and proxy), then check the task again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking on a task failed: {name}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking on the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach {host}: {user_message}{proxy_hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily limit for {model} reached ({max_daily} a day); resumes at 00:00 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting at Runway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading failed: {user_message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key again in Settings; the task is checked again once it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space or choose another library folder, then download again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it keeps happening, contact Runway&apos;s support with the task id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look the task up in Runway&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Runway key is set, so the output cannot be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from {base_url} in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: {why}. Nothing was spent; Retry failed sends them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a succeeded task with outputs that were not saved can be downloaded again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a task that needs attention can be checked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only failed, cancelled or unknown-outcome tasks can be retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only finished tasks whose outputs are saved here can be deleted from Runway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pending, throttled or running tasks can be cancelled (or ones not sent yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway accepted the request but answered with a task id that cannot be used: {user_message} The task may exist and be billed; look it up in Runway&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway did not confirm the cancel, so the task was left as it is: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway gave this task the id {runway_id}, which is already recorded for a task created {when}{prompt}. Both are kept; check at Runway which one it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway has not finished this task after {duration}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway keeps reporting a task status this app does not know ({shown}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway no longer knows this task (it was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway reported a failure without a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway reported the task as succeeded but gave no output to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway&apos;s replies about this task could not be read: {user_message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app stopped while this task was being submitted, so Runway may or may not have created it. It was not sent again automatically. Check your Runway usage before retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works. Balance: {balance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output is not a media file, so it was not saved: {user_message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output link cannot be used: {split}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output link expired and Runway gave no fresh one; Runway may have deleted the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output was not saved: {user_message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outputs are not saved locally yet; deleting now would lose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be sent, so nothing was submitted: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group {group_id} in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task {task_id} in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled (waiting for a slot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the download again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a slot in “{name}”: {by_group} of {max_parallel} of its runs at Runway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a slot: {busy} of {max_live} tasks at Runway (the limit in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a {model} slot: {busy} of {max_concurrent} busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for run {keys} to finish: its output is this run&apos;s input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch queued tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an unknown outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output {output} of run {run} was not saved and has no URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run {run_key} {what}, and its output is this run&apos;s input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run {run} made no output {output}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to {max_monthly_credit_spend} credits a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cost_credits} credits so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} models available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {count_2} outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} run is still at Runway; cancel the group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} runs are still at Runway; cancel the group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing} failed unexpectedly ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing} failed unexpectedly ({name}: {text}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check your connection and try again.{proxy_hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} rejected this API key (401): check that it is copied in full and not revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Checking again in {delay} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Trying again (attempt {value} of {attempts}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{refusals}; this one is {lower}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{succeeded} of {total} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gain of {gain_db} dB is outside the range -60 to +24 dB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding sound was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in {parent} ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fade must be zero or more seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {parent} does not exist; create it or choose another output path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output would overwrite {name}; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output {name} must end in .mp4 or .mov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video&apos;s {codec} picture cannot be copied into {article} {upper} file ({reason}); try saving as {other}, or convert the video to H.264 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} file {path} {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} must be a number of decibels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} must be a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an offset of {offset} s the sound falls outside the video ({length} s long); choose an offset between {value} and {length_2} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {out} failed: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add sound {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read as {what} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be decoded as {what} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no sound (no audio stream); choose an audio take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no video stream; choose a video take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no sound to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no video frames with timestamps; it cannot be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no video frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged {reached} s in ({reason}); no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to {folder} ({strerror}). Choose another library folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the key is kept for this session only and will be asked for again next time. It is never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: a key you enter is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to {folder} failed: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain ({backend}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks sent at once must be between 1 and {max_concurrent_limit}, not {max_concurrent_tasks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily budget must be between 0 (none) and {warn_limit} credits, not {daily_budget_credits}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {folder} is full, so the output could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was incomplete ({actual} of {size} bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file does not decode ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language must be one of {languages}, not {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library folder {library_dir} must be a full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an empty file instead of the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent something that is not a media file ({why}), so it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting {name} was ignored: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file holds no JSON object; using the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({strerror}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file {path} is not valid JSON (line {lineno}); using the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be read: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme must be one of {themes}, not {theme}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning threshold must be between 0 and {warn_limit} credits, not {warn_above_credits}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no filter &apos;{name}&apos; for the history (states, text, {filters}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the key from {env_var}; it overrides the keychain for this process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is {kind} ({mime}), which a {tab} model does not produce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content is not any media format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} The default is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create {folder}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying {name} to {folder} failed: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rating is 0 to 5 stars, not {rating}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the takes index is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer at {parent}; it was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} exists again, so the trashed copy was left in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
