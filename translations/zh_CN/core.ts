<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CoreText</name>
    <message>
        <source> Runway said: {message}</source>
        <translation>Runway 的答复：{message}</translation>
    </message>
    <message>
        <source> and the proxy settings ({proxy} is set).</source>
        <translation>以及代理设置（已设置 {proxy}）。</translation>
    </message>
    <message>
        <source> of {expected}</source>
        <translation>（共 {expected}）</translation>
    </message>
    <message>
        <source>; it may have been deleted</source>
        <translation>；它可能已被删除</translation>
    </message>
    <message>
        <source>A task id must be a non-empty string, not {task_id}.</source>
        <translation>任务 ID 必须是非空字符串，而不是 {task_id}。</translation>
    </message>
    <message>
        <source>Cannot upload {path}: it is not a regular file</source>
        <translation>无法上传 {path}：它不是普通文件</translation>
    </message>
    <message>
        <source>Cannot upload {path}: the file does not exist</source>
        <translation>无法上传 {path}：文件不存在</translation>
    </message>
    <message>
        <source>Check your Runway tasks before sending it again: a duplicate would be billed.</source>
        <translation>再次发送前请先查看您在 Runway 的任务：重复的任务也会计费。</translation>
    </message>
    <message>
        <source>Check your internet connection</source>
        <translation>请检查网络连接</translation>
    </message>
    <message>
        <source>Check your internet connection and the proxy settings ({proxy} is set).</source>
        <translation>请检查网络连接和代理设置（已设置 {proxy}）。</translation>
    </message>
    <message>
        <source>Check your internet connection.</source>
        <translation>请检查网络连接。</translation>
    </message>
    <message>
        <source>Could not reach Runway. Check your internet connection.</source>
        <translation>无法连接 Runway。请检查网络连接。</translation>
    </message>
    <message>
        <source>Could not reach {where}, or the connection was lost ({reason}). {advice}</source>
        <translation>无法连接 {where}，或连接已中断（{reason}）。{advice}</translation>
    </message>
    <message>
        <source>Could not read {name} while uploading it: {reason}</source>
        <translation>上传 {name} 时无法读取该文件：{reason}</translation>
    </message>
    <message>
        <source>RetryPolicy.max_attempts must be at least 1, not {max_attempts}</source>
        <translation>RetryPolicy.max_attempts 至少为 1，而不是 {max_attempts}</translation>
    </message>
    <message>
        <source>Runway accepted the request but its answer could not be read, so it is unknown whether the task was created. {duplicate_warning}</source>
        <translation>Runway 已接收请求，但其答复无法读取，因此不确定任务是否已创建。{duplicate_warning}</translation>
    </message>
    <message>
        <source>Runway accepted the request but its answer held no task id. {duplicate_warning}</source>
        <translation>Runway 已接收请求，但其答复中没有任务 ID。{duplicate_warning}</translation>
    </message>
    <message>
        <source>Runway accepted the request but its answer held no usable task id ({user_message}) {duplicate_warning}</source>
        <translation>Runway 已接收请求，但其答复中没有可用的任务 ID（{user_message}）{duplicate_warning}</translation>
    </message>
    <message>
        <source>Runway answered in an unexpected way.</source>
        <translation>Runway 的答复不符合预期。</translation>
    </message>
    <message>
        <source>Runway answered with unexpected HTTP status {status}. Try again later; if it persists, check the API base URL.{said}</source>
        <translation>Runway 返回了意外的 HTTP 状态 {status}。请稍后重试；如果问题持续，请检查 API 基础 URL。{said}</translation>
    </message>
    <message>
        <source>Runway could not find it; it may have been deleted.</source>
        <translation>Runway 找不到它；它可能已被删除。</translation>
    </message>
    <message>
        <source>Runway could not find {what}{gone}.{said}</source>
        <translation>Runway 找不到{what}{gone}。{said}</translation>
    </message>
    <message>
        <source>Runway did not answer in time</source>
        <translation>Runway 未及时答复</translation>
    </message>
    <message>
        <source>Runway did not answer in time. Try again in a moment.</source>
        <translation>Runway 未及时答复。请稍后重试。</translation>
    </message>
    <message>
        <source>Runway failed (HTTP {status}) after receiving the request, so it is unknown whether the task was created. {duplicate_warning}</source>
        <translation>Runway 在收到请求后出错（HTTP {status}），因此不确定任务是否已创建。{duplicate_warning}</translation>
    </message>
    <message>
        <source>Runway gave an address for the output file that is not a valid URL ({exc}).</source>
        <translation>Runway 给出的输出文件地址不是有效的 URL（{exc}）。</translation>
    </message>
    <message>
        <source>Runway gave an address for the {what} containing spaces or control characters ({shown}), so it was not fetched.</source>
        <translation>Runway 给出的{what}地址包含空格或控制字符（{shown}），因此未获取。</translation>
    </message>
    <message>
        <source>Runway gave an address for the {what} that holds credentials, so it was not fetched.</source>
        <translation>Runway 给出的{what}地址包含登录凭据，因此未获取。</translation>
    </message>
    <message>
        <source>Runway gave an address for the {what} that is not a valid URL ({shown}).</source>
        <translation>Runway 给出的{what}地址不是有效的 URL（{shown}）。</translation>
    </message>
    <message>
        <source>Runway gave an address for the {what} that is {count} characters long (at most {max_url_length} are accepted), so it was not fetched.</source>
        <translation>Runway 给出的{what}地址长 {count} 个字符（最多接受 {max_url_length} 个），因此未获取。</translation>
    </message>
    <message>
        <source>Runway gave an address for the {what} without a host ({shown}).</source>
        <translation>Runway 给出的{what}地址没有主机名（{shown}）。</translation>
    </message>
    <message>
        <source>Runway gave an address on this computer or its local network for the {what} ({shown}), so it was not fetched.</source>
        <translation>Runway 给出的{what}地址指向本机或其局域网（{shown}），因此未获取。</translation>
    </message>
    <message>
        <source>Runway gave an address that was not fetched because it is not a safe web address.</source>
        <translation>Runway 给出的地址不是安全的网址，因此未获取。</translation>
    </message>
    <message>
        <source>Runway gave no usable address for the {what}.</source>
        <translation>Runway 没有给出可用的{what}地址。</translation>
    </message>
    <message>
        <source>Runway gave {kind} for the {what} ({shown}); only https:// addresses are fetched (plain http only from the offline simulator).</source>
        <translation>Runway 为{what}给出了{kind}（{shown}）；只获取 https:// 地址（仅离线模拟器可用普通 http）。</translation>
    </message>
    <message>
        <source>Runway had a problem on its side (HTTP {status}). Try again in a moment.{said}</source>
        <translation>Runway 端出现问题（HTTP {status}）。请稍后重试。{said}</translation>
    </message>
    <message>
        <source>Runway had a problem on its side. Try again in a moment.</source>
        <translation>Runway 端出现问题。请稍后重试。</translation>
    </message>
    <message>
        <source>Runway is limiting requests right now; try again in a moment.</source>
        <translation>Runway 当前正在限制请求；请稍后重试。</translation>
    </message>
    <message>
        <source>Runway is limiting requests right now; try again in {retry_after} s.</source>
        <translation>Runway 当前正在限制请求；请在 {retry_after} 秒后重试。</translation>
    </message>
    <message>
        <source>Runway refused access to this resource.</source>
        <translation>Runway 拒绝访问此资源。</translation>
    </message>
    <message>
        <source>Runway refused access to {what}.{said}</source>
        <translation>Runway 拒绝访问{what}。{said}</translation>
    </message>
    <message>
        <source>Runway rejected the API key. Check that it is typed correctly and not revoked.</source>
        <translation>Runway 拒绝了该 API 密钥。请检查密钥是否输入正确、是否已被吊销。</translation>
    </message>
    <message>
        <source>Runway rejected the request.</source>
        <translation>Runway 拒绝了该请求。</translation>
    </message>
    <message>
        <source>Runway rejected the value of {field}.</source>
        <translation>Runway 拒绝了 {field} 的值。</translation>
    </message>
    <message>
        <source>Runway sent an answer that could not be read.</source>
        <translation>Runway 发来的答复无法读取。</translation>
    </message>
    <message>
        <source>Runway&apos;s address answered with a redirect (HTTP {status}), which the API never sends; a proxy or login page may be in the way. Check the API base URL and the network settings.{said}</source>
        <translation>Runway 的地址返回了重定向（HTTP {status}），而该 API 从不发送重定向；可能有代理或登录页面从中拦截。请检查 API 基础 URL 和网络设置。{said}</translation>
    </message>
    <message>
        <source>Runway&apos;s address redirected elsewhere; a proxy or login page may be in the way. Check the API base URL and the network settings.</source>
        <translation>Runway 的地址被重定向到别处；可能有代理或登录页面从中拦截。请检查 API 基础 URL 和网络设置。</translation>
    </message>
    <message>
        <source>Runway&apos;s answer about {what} came in {reason}. Try again later; if it persists, check the network settings.</source>
        <translation>Runway 关于{what}的答复使用了{reason}。请稍后重试；如果问题持续，请检查网络设置。</translation>
    </message>
    <message>
        <source>Runway&apos;s answer about {what} held no status. Try again later; if it persists, check the API base URL.</source>
        <translation>Runway 关于{what}的答复中没有状态。请稍后重试；如果问题持续，请检查 API 基础 URL。</translation>
    </message>
    <message>
        <source>Runway&apos;s answer about {what} listed {count} outputs (a task has at most {max_outputs}). Try again later; if it persists, check the API base URL.</source>
        <translation>Runway 关于{what}的答复列出了 {count} 个输出（一个任务最多 {max_outputs} 个）。请稍后重试；如果问题持续，请检查 API 基础 URL。</translation>
    </message>
    <message>
        <source>Runway&apos;s answer about {what} was about another task. Try again later; if it persists, check the API base URL.</source>
        <translation>Runway 关于{what}的答复说的是另一个任务。请稍后重试；如果问题持续，请检查 API 基础 URL。</translation>
    </message>
    <message>
        <source>Runway&apos;s answer about {what} was far too large ({size}; at most {limit} are read), so it was not read. A proxy or a faulty server may be answering in Runway&apos;s place; try again later.</source>
        <translation>Runway 关于{what}的答复过大（{size}；最多读取 {limit}），因此未读取。可能是代理或故障服务器在代替 Runway 答复；请稍后重试。</translation>
    </message>
    <message>
        <source>Runway&apos;s answer about {what} was not the object the API sends (it was {json_kind}). Try again later; if it persists, check the API base URL.</source>
        <translation>Runway 关于{what}的答复不是该 API 发送的对象（而是{json_kind}）。请稍后重试；如果问题持续，请检查 API 基础 URL。</translation>
    </message>
    <message>
        <source>Runway&apos;s answer about {what} {found}. Try again later; if it persists, check the network settings and the API base URL.</source>
        <translation>Runway 关于{what}的答复{found}。请稍后重试；如果问题持续，请检查网络设置和 API 基础 URL。</translation>
    </message>
    <message>
        <source>Runway&apos;s answer could not be read; a proxy or firewall may be answering in its place. Try again later, or check the network settings.</source>
        <translation>Runway 的答复无法读取；可能是代理或防火墙在代替它答复。请稍后重试，或检查网络设置。</translation>
    </message>
    <message>
        <source>Runway&apos;s answer did not finish arriving in time. Try again in a moment.</source>
        <translation>Runway 的答复未能及时完整送达。请稍后重试。</translation>
    </message>
    <message>
        <source>Runway&apos;s answer to the upload request held no usable upload address.</source>
        <translation>Runway 对上传请求的答复中没有可用的上传地址。</translation>
    </message>
    <message>
        <source>Runway&apos;s storage</source>
        <translation>Runway 的存储</translation>
    </message>
    <message>
        <source>Runway&apos;s storage refused the upload (HTTP {status}).</source>
        <translation>Runway 的存储拒绝了上传（HTTP {status}）。</translation>
    </message>
    <message>
        <source>The Runway API key contains spaces or characters a key cannot have; paste it again</source>
        <translation>Runway API 密钥包含空格或密钥中不能有的字符；请重新粘贴</translation>
    </message>
    <message>
        <source>The Runway API key is empty; add your key in Settings</source>
        <translation>Runway API 密钥为空；请在设置中添加您的密钥</translation>
    </message>
    <message>
        <source>The Runway base URL {base_url} is not a valid URL: {exc}</source>
        <translation>Runway 基础 URL {base_url} 不是有效的 URL：{exc}</translation>
    </message>
    <message>
        <source>The Runway base URL {base_url} must look like https://host[:port]</source>
        <translation>Runway 基础 URL {base_url} 的格式应为 https://host[:port]</translation>
    </message>
    <message>
        <source>The Runway base URL {base_url} must not hold credentials, a query or a fragment</source>
        <translation>Runway 基础 URL {base_url} 不能包含登录凭据、查询参数或片段</translation>
    </message>
    <message>
        <source>The Runway base URL {base_url} uses plain http://, which would send the API key unencrypted; use https:// (plain http is allowed only for localhost, the offline simulator)</source>
        <translation>Runway 基础 URL {base_url} 使用普通 http://，会以明文发送 API 密钥；请使用 https://（普通 http 仅允许用于 localhost，即离线模拟器）</translation>
    </message>
    <message>
        <source>The body for {path} cannot be sent as JSON: {exc}</source>
        <translation>{path} 的请求体无法以 JSON 发送：{exc}</translation>
    </message>
    <message>
        <source>The body for {path} must be a JSON object (a dict), not {name}</source>
        <translation>{path} 的请求体必须是 JSON 对象（dict），而不是 {name}</translation>
    </message>
    <message>
        <source>The connection to Runway was lost</source>
        <translation>与 Runway 的连接已中断</translation>
    </message>
    <message>
        <source>The download from the output host ({host}) stopped: no data arrived for {seconds} s. Try the download again later.</source>
        <translation>从输出主机（{host}）的下载已停止：{seconds} 秒内没有收到数据。请稍后重新下载。</translation>
    </message>
    <message>
        <source>The download from the output host ({host}) was far too slow ({received} in {seconds} s), so it was stopped. Try the download again later.</source>
        <translation>从输出主机（{host}）下载太慢（{seconds} 秒内仅 {received}），因此已停止。请稍后重新下载。</translation>
    </message>
    <message>
        <source>The file could not be uploaded to Runway&apos;s storage.</source>
        <translation>文件无法上传到 Runway 的存储。</translation>
    </message>
    <message>
        <source>The file from the output host ({host}) ended early on every attempt ({received}{of}). Try the download again later.</source>
        <translation>来自输出主机（{host}）的文件每次都提前结束（{received}{of}）。请稍后重新下载。</translation>
    </message>
    <message>
        <source>The file from the output host ({host}) {size}, far beyond any real output (at most {cap} are accepted), so it was not saved. Fetch the task again later for a fresh link.</source>
        <translation>来自输出主机（{host}）的文件{size}，远超任何真实输出（最多接受 {cap}），因此未保存。请稍后重新获取任务以得到新链接。</translation>
    </message>
    <message>
        <source>The output file could not be downloaded (HTTP {status}). Try the download again later.</source>
        <translation>无法下载输出文件（HTTP {status}）。请稍后重新下载。</translation>
    </message>
    <message>
        <source>The output file is no longer available (HTTP {status}); its link has probably expired. Fetching the task again gives fresh links.</source>
        <translation>输出文件已不可用（HTTP {status}）；其链接可能已过期。重新获取任务即可得到新链接。</translation>
    </message>
    <message>
        <source>The output host</source>
        <translation>输出主机</translation>
    </message>
    <message>
        <source>The output host ({host}) sent a document ({kind}) instead of the media file; a proxy or login page may be in the way. Check the network settings, then try the download again.</source>
        <translation>输出主机（{host}）发来的是文档（{kind}）而不是媒体文件；可能有代理或登录页面从中拦截。请检查网络设置，然后重新下载。</translation>
    </message>
    <message>
        <source>The output host ({host}) sent {reason}, not a media file. Try the download again later.</source>
        <translation>输出主机（{host}）发来的是{reason}，不是媒体文件。请稍后重新下载。</translation>
    </message>
    <message>
        <source>The output host had a problem (HTTP {status}). Try again in a moment.</source>
        <translation>输出主机出现问题（HTTP {status}）。请稍后重试。</translation>
    </message>
    <message>
        <source>The output host is limiting downloads (HTTP {status}); try again soon.</source>
        <translation>输出主机正在限制下载（HTTP {status}）；请稍后重试。</translation>
    </message>
    <message>
        <source>The output host redirected too often or to an address without a location (HTTP {status}). Fetching the task again gives fresh links.</source>
        <translation>输出主机重定向次数过多，或重定向到没有位置的地址（HTTP {status}）。重新获取任务即可得到新链接。</translation>
    </message>
    <message>
        <source>The proxy configured in the environment cannot be used: {exc}</source>
        <translation>环境中配置的代理无法使用：{exc}</translation>
    </message>
    <message>
        <source>The request reached Runway but no answer came back, so it is unknown whether the task was created. Check your Runway tasks before sending it again: a duplicate would be billed.</source>
        <translation>请求已到达 Runway，但没有收到答复，因此不确定任务是否已创建。再次发送前请先查看您在 Runway 的任务：重复的任务也会计费。</translation>
    </message>
    <message>
        <source>The task id is not a valid Runway task id.</source>
        <translation>该任务 ID 不是有效的 Runway 任务 ID。</translation>
    </message>
    <message>
        <source>The task id is {count} characters long (at most {max_task_id_length} are accepted); it cannot be a Runway task id.</source>
        <translation>该任务 ID 长 {count} 个字符（最多接受 {max_task_id_length} 个）；不可能是 Runway 任务 ID。</translation>
    </message>
    <message>
        <source>The task id {shown} holds characters a Runway task id cannot have (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only).</source>
        <translation>任务 ID {shown} 包含 Runway 任务 ID 中不能有的字符（只能是字母、数字、“-”、“_”和“.”）。</translation>
    </message>
    <message>
        <source>WireLimits must be positive: {bad}</source>
        <translation>WireLimits 必须为正数：{bad}</translation>
    </message>
    <message>
        <source>Your organization&apos;s daily generation limit at Runway is used up; try again tomorrow.</source>
        <translation>您的组织在 Runway 的每日生成额度已用完；请明天再试。</translation>
    </message>
    <message>
        <source>a body that does not decode ({exc})</source>
        <translation>无法解码的内容（{exc}）</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a {scheme}: address</source>
        <translation>{scheme}: 地址</translation>
    </message>
    <message>
        <source>an address without a scheme</source>
        <translation>没有协议的地址</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>an encoding this app does not read ({content_encoding})</source>
        <translation>本应用无法读取的编码（{content_encoding}）</translation>
    </message>
    <message>
        <source>chunk_size must be positive, not {chunk_size}</source>
        <translation>chunk_size 必须为正数，而不是 {chunk_size}</translation>
    </message>
    <message>
        <source>control characters</source>
        <translation>控制字符</translation>
    </message>
    <message>
        <source>gzip, deflate</source>
        <translation>gzip, deflate</translation>
    </message>
    <message>
        <source>is {announced}</source>
        <translation>大小为 {announced}</translation>
    </message>
    <message>
        <source>it</source>
        <translation>它</translation>
    </message>
    <message>
        <source>local host</source>
        <translation>本地主机</translation>
    </message>
    <message>
        <source>malformed redirect</source>
        <translation>格式错误的重定向</translation>
    </message>
    <message>
        <source>more than {limit} bytes</source>
        <translation>超过 {limit} 字节</translation>
    </message>
    <message>
        <source>no complete answer within {seconds} s</source>
        <translation>{seconds} 秒内没有完整的答复</translation>
    </message>
    <message>
        <source>no data for {seconds} s</source>
        <translation>{seconds} 秒内没有数据</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>没有主机名</translation>
    </message>
    <message>
        <source>only {received} bytes in {seconds} s</source>
        <translation>{seconds} 秒内仅 {received} 字节</translation>
    </message>
    <message>
        <source>output download</source>
        <translation>输出下载</translation>
    </message>
    <message>
        <source>output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>raw deflate</source>
        <translation>raw deflate</translation>
    </message>
    <message>
        <source>scheme {value}</source>
        <translation>协议 {value}</translation>
    </message>
    <message>
        <source>task {task_id}</source>
        <translation>任务 {task_id}</translation>
    </message>
    <message>
        <source>the endpoint {path}</source>
        <translation>端点 {path}</translation>
    </message>
    <message>
        <source>the file ended early</source>
        <translation>文件提前结束</translation>
    </message>
    <message>
        <source>the headers of the file</source>
        <translation>文件的头信息</translation>
    </message>
    <message>
        <source>the new {path} task</source>
        <translation>新的 {path} 任务</translation>
    </message>
    <message>
        <source>the output host</source>
        <translation>输出主机</translation>
    </message>
    <message>
        <source>the upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>过长</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>was a web page, not the API&apos;s data; a proxy or login page may be answering in Runway&apos;s place</source>
        <translation>是网页而不是 API 数据；可能是代理或登录页面在代替 Runway 答复</translation>
    </message>
    <message>
        <source>was empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>was not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>went past {cap}</source>
        <translation>超过了 {cap}</translation>
    </message>
    <message>
        <source>your organization</source>
        <translation>您的组织</translation>
    </message>
    <message>
        <source>your usage</source>
        <translation>您的用量</translation>
    </message>
    <message>
        <source>{announced} bytes</source>
        <translation>{announced} 字节</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} 字节</translation>
    </message>
    <message>
        <source>{endpoint} is not a Runway endpoint name such as &apos;image_to_video&apos;</source>
        <translation>{endpoint} 不是 Runway 端点名称（例如“image_to_video”）</translation>
    </message>
    <message>
        <source>{happened} after the request was sent, so it is unknown whether the task was created. {duplicate_warning}</source>
        <translation>请求发出后{happened}，因此不确定任务是否已创建。{duplicate_warning}</translation>
    </message>
    <message>
        <source>{name} became shorter while it was being uploaded</source>
        <translation>{name} 在上传过程中变短了</translation>
    </message>
    <message>
        <source>{value} GB</source>
        <translation>{value} GB</translation>
    </message>
    <message>
        <source>{value} MB</source>
        <translation>{value} MB</translation>
    </message>
    <message>
        <source>{where} did not answer in time. Try again in a moment.</source>
        <translation>{where} 未及时答复。请稍后重试。</translation>
    </message>
    <message>
        <source>{where} did not finish sending {what} within {seconds} s. Try again in a moment; if it persists, check the network settings.</source>
        <translation>{where} 未能在 {seconds} 秒内发完{what}。请稍后重试；如果问题持续，请检查网络设置。</translation>
    </message>
    <message>
        <source>{where} redirected to an address that is not a valid URL, so it was not fetched.</source>
        <translation>{where} 重定向到的地址不是有效的 URL，因此未获取。</translation>
    </message>
    <message>
        <source>{where} redirected too many times. Try again later.</source>
        <translation>{where} 重定向次数过多。请稍后重试。</translation>
    </message>
    <message>
        <source>{where} sent an answer that could not be decoded ({reason}). Try again later.</source>
        <translation>{where} 发来的答复无法解码（{reason}）。请稍后重试。</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source> at {width}×{height}</source>
        <translation>（{width}×{height}）</translation>
    </message>
    <message>
        <source> of input</source>
        <translation>（按输入计）</translation>
    </message>
    <message>
        <source> per {per} characters</source>
        <translation>每 {per} 个字符</translation>
    </message>
    <message>
        <source>+{credits} with {label}</source>
        <translation>使用{label}时 +{credits}</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Draft task ID</source>
        <translation>草稿任务 ID</translation>
    </message>
    <message>
        <source>FPS boost</source>
        <translation>帧率提升</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Mask image</source>
        <translation>遮罩图像</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>反向提示词</translation>
    </message>
    <message>
        <source>Number of outputs</source>
        <translation>输出数量</translation>
    </message>
    <message>
        <source>Number of speakers</source>
        <translation>说话人数</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>输出格式</translation>
    </message>
    <message>
        <source>Performance video</source>
        <translation>表演视频</translation>
    </message>
    <message>
        <source>Price not published</source>
        <translation>价格未公布</translation>
    </message>
    <message>
        <source>ProRes profile</source>
        <translation>ProRes 配置</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Prompt adherence (CFG)</source>
        <translation>提示词遵循度（CFG）</translation>
    </message>
    <message>
        <source>Prompt image</source>
        <translation>提示图像</translation>
    </message>
    <message>
        <source>Reference audio</source>
        <translation>参考音频</translation>
    </message>
    <message>
        <source>Reference images</source>
        <translation>参考图像</translation>
    </message>
    <message>
        <source>Reference videos</source>
        <translation>参考视频</translation>
    </message>
    <message>
        <source>Runway does not publish a price for {id} at this size.</source>
        <translation>Runway 未公布 {id} 在此尺寸下的价格。</translation>
    </message>
    <message>
        <source>Runway does not publish a price for {id}; the estimate appears after submitting.</source>
        <translation>Runway 未公布 {id} 的价格；提交后会显示估算。</translation>
    </message>
    <message>
        <source>Source video</source>
        <translation>源视频</translation>
    </message>
    <message>
        <source>Speech (audio or video)</source>
        <translation>语音（音频或视频）</translation>
    </message>
    <message>
        <source>Target aspect ratio</source>
        <translation>目标画幅比例</translation>
    </message>
    <message>
        <source>Target frame rate</source>
        <translation>目标帧率</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>目标语言</translation>
    </message>
    <message>
        <source>The price per image depends on the ratio; choose one.</source>
        <translation>每张图像的价格取决于画幅比例；请选择一个。</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>at least {low} s</source>
        <translation>至少 {low} 秒</translation>
    </message>
    <message>
        <source>at most {high} s</source>
        <translation>至多 {high} 秒</translation>
    </message>
    <message>
        <source>lasts {seconds} s; it must last {length_text}</source>
        <translation>时长 {seconds} 秒；时长必须为{length_text}</translation>
    </message>
    <message>
        <source>more than {low} s</source>
        <translation>超过 {low} 秒</translation>
    </message>
    <message>
        <source>{amount} per {per} {unit}</source>
        <translation>每 {per} {unit} {amount}</translation>
    </message>
    <message>
        <source>{count} image</source>
        <translation>{count} 张图像</translation>
    </message>
    <message>
        <source>{count} images</source>
        <translation>{count} 张图像</translation>
    </message>
    <message>
        <source>{credits} credit</source>
        <translation>{credits} 积分</translation>
    </message>
    <message>
        <source>{credits} credit per {per} characters</source>
        <translation>每 {per} 个字符 {credits} 积分</translation>
    </message>
    <message>
        <source>{credits} credit per {per} images</source>
        <translation>每 {per} 张图像 {credits} 积分</translation>
    </message>
    <message>
        <source>{credits} credit per {per} s</source>
        <translation>每 {per} 秒 {credits} 积分</translation>
    </message>
    <message>
        <source>{credits} credit/character</source>
        <translation>{credits} 积分/字符</translation>
    </message>
    <message>
        <source>{credits} credit/image</source>
        <translation>{credits} 积分/张</translation>
    </message>
    <message>
        <source>{credits} credit/s</source>
        <translation>{credits} 积分/秒</translation>
    </message>
    <message>
        <source>{credits} credits</source>
        <translation>{credits} 积分</translation>
    </message>
    <message>
        <source>{credits} credits per {per} characters</source>
        <translation>每 {per} 个字符 {credits} 积分</translation>
    </message>
    <message>
        <source>{credits} credits per {per} images</source>
        <translation>每 {per} 张图像 {credits} 积分</translation>
    </message>
    <message>
        <source>{credits} credits per {per} s</source>
        <translation>每 {per} 秒 {credits} 积分</translation>
    </message>
    <message>
        <source>{credits} credits/character</source>
        <translation>{credits} 积分/字符</translation>
    </message>
    <message>
        <source>{credits} credits/image</source>
        <translation>{credits} 积分/张</translation>
    </message>
    <message>
        <source>{credits} credits/s</source>
        <translation>{credits} 积分/秒</translation>
    </message>
    <message>
        <source>{credits} per {per} {plural}</source>
        <translation>每 {per} {plural} {credits}</translation>
    </message>
    <message>
        <source>{formula} = {credits} ({dollars})</source>
        <translation>{formula} = {credits}（{dollars}）</translation>
    </message>
    <message>
        <source>{low} to {high} s</source>
        <translation>{low} 至 {high} 秒</translation>
    </message>
    <message>
        <source>{per_image}/image{size} × {images}</source>
        <translation>{per_image}/张{size} × {images}</translation>
    </message>
    <message>
        <source>{rate} (with {chosen})</source>
        <translation>{rate}（含{chosen}）</translation>
    </message>
    <message>
        <source>{rate} ({extras})</source>
        <translation>{rate}（{extras}）</translation>
    </message>
    <message>
        <source>{rate} of input</source>
        <translation>{rate}（按输入计）</translation>
    </message>
    <message>
        <source>{rate} of input; the total follows once the input is chosen.</source>
        <translation>{rate}（按输入计）；选择输入后显示总价。</translation>
    </message>
    <message>
        <source>{rate} × {length} characters</source>
        <translation>{rate} × {length} 个字符</translation>
    </message>
    <message>
        <source>{rate} × {seconds} s{note}</source>
        <translation>{rate} × {seconds} 秒{note}</translation>
    </message>
    <message>
        <source>{rate}; the total depends on the duration the model chooses.</source>
        <translation>{rate}；总价取决于模型选定的时长。</translation>
    </message>
    <message>
        <source>{rate}; the total depends on the duration.</source>
        <translation>{rate}；总价取决于时长。</translation>
    </message>
    <message>
        <source>{surcharged} of input × {duration} s</source>
        <translation>{surcharged}（按输入计）× {duration} 秒</translation>
    </message>
    <message>
        <source>{values}–{values_2} credits/image</source>
        <translation>{values}–{values_2} 积分/张</translation>
    </message>
    <message>
        <source>A generation record must be a JSON object, not {name}.</source>
        <translation>生成记录必须是 JSON 对象，而不是 {name}。</translation>
    </message>
    <message>
        <source>Fragmented MP4 files cannot carry the record yet.</source>
        <translation>分段式 MP4 文件暂时无法携带记录。</translation>
    </message>
    <message>
        <source>RF64 (very large) WAV files cannot carry the record.</source>
        <translation>RF64（超大）WAV 文件无法携带记录。</translation>
    </message>
    <message>
        <source>Runway Desktop {app_version}</source>
        <translation>Runway Desktop {app_version}</translation>
    </message>
    <message>
        <source>The JPEG&apos;s XMP metadata is too large to add the record to.</source>
        <translation>该 JPEG 的 XMP 元数据过大，无法添加记录。</translation>
    </message>
    <message>
        <source>The MP4&apos;s chunk offsets cannot be moved to make room for the record.</source>
        <translation>无法移动该 MP4 的数据块偏移来为记录腾出空间。</translation>
    </message>
    <message>
        <source>The WAV file is too large (4 GB) to carry the record.</source>
        <translation>该 WAV 文件过大（4 GB），无法携带记录。</translation>
    </message>
    <message>
        <source>The generation record cannot be written as JSON: {exc}.</source>
        <translation>生成记录无法写成 JSON：{exc}。</translation>
    </message>
    <message>
        <source>The record could not be written into {path} ({failure_reason}).</source>
        <translation>无法将记录写入 {path}（{failure_reason}）。</translation>
    </message>
    <message>
        <source>The record is too large for a FLAC comment block (16 MB).</source>
        <translation>记录过大，超出 FLAC 注释块的上限（16 MB）。</translation>
    </message>
    <message>
        <source>This JPEG already carries extended XMP from another tool; the record does not fit.</source>
        <translation>该 JPEG 已带有其他工具写入的扩展 XMP；记录无法放入。</translation>
    </message>
    <message>
        <source>This file&apos;s ID3v2.{version} tag cannot be updated; the record was not added.</source>
        <translation>无法更新该文件的 ID3v2.{version} 标签；未添加记录。</translation>
    </message>
    <message>
        <source>a file of unknown format</source>
        <translation>格式未知的文件</translation>
    </message>
    <message>
        <source>expected {size} bytes, the file ended after {count}</source>
        <translation>应为 {size} 字节，文件在 {count} 字节后就结束了</translation>
    </message>
    <message>
        <source>not a FLAC file</source>
        <translation>不是 FLAC 文件</translation>
    </message>
    <message>
        <source>not a JPEG file</source>
        <translation>不是 JPEG 文件</translation>
    </message>
    <message>
        <source>not a PNG file</source>
        <translation>不是 PNG 文件</translation>
    </message>
    <message>
        <source>not a WAV file</source>
        <translation>不是 WAV 文件</translation>
    </message>
    <message>
        <source>not a WebP file</source>
        <translation>不是 WebP 文件</translation>
    </message>
    <message>
        <source>the JPEG header is damaged (a segment does not start with 0xFF)</source>
        <translation>JPEG 文件头已损坏（某个段不以 0xFF 开头）</translation>
    </message>
    <message>
        <source>the PNG file ends before its IEND chunk</source>
        <translation>PNG 文件在 IEND 块之前就结束了</translation>
    </message>
    <message>
        <source>the WebP file ends inside a chunk</source>
        <translation>WebP 文件在某个块中间就结束了</translation>
    </message>
    <message>
        <source>the WebP file holds no image</source>
        <translation>WebP 文件中没有图像</translation>
    </message>
    <message>
        <source>the WebP image data (VP8) is damaged</source>
        <translation>WebP 图像数据（VP8）已损坏</translation>
    </message>
    <message>
        <source>the WebP image data (VP8L) is damaged</source>
        <translation>WebP 图像数据（VP8L）已损坏</translation>
    </message>
    <message>
        <source>the file ended {remaining} bytes early</source>
        <translation>文件提前 {remaining} 字节结束</translation>
    </message>
    <message>
        <source>the file has no single moov box (it is not a complete MP4/MOV)</source>
        <translation>文件没有唯一的 moov 盒（不是完整的 MP4/MOV）</translation>
    </message>
    <message>
        <source>the text chunk inflates to more than 64 MB</source>
        <translation>文本块解压后超过 64 MB</translation>
    </message>
    <message>
        <source>the {decode} box is damaged</source>
        <translation>{decode} 盒已损坏</translation>
    </message>
    <message>
        <source>the {decode} box runs past the end of the file</source>
        <translation>{decode} 盒超出了文件末尾</translation>
    </message>
    <message>
        <source>unexpected WebP chunk {kind}</source>
        <translation>意外的 WebP 块 {kind}</translation>
    </message>
    <message>
        <source>{name} is {name_2}, which cannot carry a generation record.</source>
        <translation>{name} 是{name_2}，无法携带生成记录。</translation>
    </message>
    <message>
        <source>{name} looks damaged ({exc}), so its record cannot be read.</source>
        <translation>{name} 似乎已损坏（{exc}），因此无法读取其记录。</translation>
    </message>
    <message>
        <source>{name} looks damaged ({exc}); the record was not added.</source>
        <translation>{name} 似乎已损坏（{exc}）；未添加记录。</translation>
    </message>
    <message>
        <source>{path} cannot be read ({failure_reason}).</source>
        <translation>无法读取 {path}（{failure_reason}）。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source> (its name says {promised}, but its content is not)</source>
        <translation>（文件名表明它是{promised}，但内容不是）</translation>
    </message>
    <message>
        <source> together, so no single one can be longer</source>
        <translation>（合计），因此单个文件也不能更长</translation>
    </message>
    <message>
        <source>&apos;{broken}&apos; inside the ZIP archive is damaged</source>
        <translation>ZIP 压缩包中的“{broken}”已损坏</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be decoded: {detail}.</source>
        <translation>无法解码“{name}”：{detail}。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be reached: permission denied on the folder that holds it.</source>
        <translation>无法访问“{name}”：没有其所在文件夹的权限。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read: permission denied (check the file&apos;s permissions).</source>
        <translation>无法读取“{name}”：权限被拒绝（请检查文件权限）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read: {reason}.</source>
        <translation>无法读取“{name}”：{reason}。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; does not exist.</source>
        <translation>“{name}”不存在。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {detail} pixels, too many to decode safely.</source>
        <translation>“{name}”有 {detail} 像素，太多，无法安全解码。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a folder, not a file: choose a file inside it.</source>
        <translation>“{name}”是文件夹，不是文件：请选择其中的文件。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a symbolic link that loops back on itself, so it never leads to a file.</source>
        <translation>“{name}”是指向自身的循环符号链接，永远无法指向文件。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a symbolic link to &apos;{target}&apos;, which does not exist (the link is broken).</source>
        <translation>“{name}”是指向“{target}”的符号链接，而目标不存在（链接已失效）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged or incomplete: it starts like {name_2} but cannot be decoded ({detail}). Was the copy or download interrupted?</source>
        <translation>“{name}”已损坏或不完整：它的开头像{name_2}，但无法解码（{detail}）。复制或下载是否被中断？</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged or incomplete: it starts like {name_2} but cannot be decoded. Was the copy or download interrupted?</source>
        <translation>“{name}”已损坏或不完整：它的开头像{name_2}，但无法解码。复制或下载是否被中断？</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty (0 bytes): there is nothing in it to send.</source>
        <translation>“{name}”是空文件（0 字节）：没有可发送的内容。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is incomplete: its header says {declared}, but only {size} is there (was the copy or download interrupted?).</source>
        <translation>“{name}”不完整：文件头标明 {declared}，但实际只有 {size}（复制或下载是否被中断？）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is incomplete: {detail} (was the copy or download interrupted?).</source>
        <translation>“{name}”不完整：{detail}（复制或下载是否被中断？）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is named like {promised} but is really {name_2}. {fix}</source>
        <translation>“{name}”的文件名像{promised}，实际却是{name_2}。{fix}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in a format Runway accepts{claim}: Runway takes {accepted_summary}.</source>
        <translation>“{name}”不是 Runway 接受的格式{claim}：Runway 接受{accepted_summary}。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {a_kind}, but {label} takes {takes}.</source>
        <translation>“{name}”是{a_kind}，但{label}需要{takes}。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {name_2} holding only audio; Runway takes audio as MP3, WAV, FLAC, M4A or AAC: convert it to one of those.</source>
        <translation>“{name}”是只含音频的{name_2}；Runway 接受的音频格式为 MP3、WAV、FLAC、M4A 或 AAC：请将其转换为其中一种。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {name_2} with no video or audio in it.</source>
        <translation>“{name}”是{name_2}，但其中没有视频或音频。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {name_2}, which Runway does not accept. {fix}</source>
        <translation>“{name}”是{name_2}，Runway 不接受这种格式。{fix}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {seconds} s long</source>
        <translation>“{name}”时长 {seconds} 秒</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {st_size}; Runway accepts files up to {upload_max_bytes}.</source>
        <translation>“{name}”大小为 {st_size}；Runway 接受的文件最大为 {upload_max_bytes}。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {what}, not a regular file.</source>
        <translation>“{name}”是{what}，不是普通文件。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {width}×{height} pixels</source>
        <translation>“{name}”为 {width}×{height} 像素</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; uses {detail}.</source>
        <translation>“{name}”使用了{detail}。</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is {size}, too big for a data URI (Runway&apos;s limit is {data_uri_limit} for the encoded text): send it as an upload.</source>
        <translation>“{path}”大小为 {size}，对 data URI 而言太大（Runway 对编码后文本的上限为 {data_uri_limit}）：请以上传方式发送。</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is {size}; Runway accepts files up to {upload_max_bytes}.</source>
        <translation>“{path}”大小为 {size}；Runway 接受的文件最大为 {upload_max_bytes}。</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; contains a user name or password; Runway cannot use them and they would be shared with every request: use a public or signed link instead.</source>
        <translation>“{shown}”包含用户名或密码；Runway 无法使用它们，而且它们会随每个请求泄露：请改用公开链接或签名链接。</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; has an invalid host name &apos;{host}&apos;.</source>
        <translation>“{shown}”的主机名“{host}”无效。</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; has no host name.</source>
        <translation>“{shown}”没有主机名。</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is not a valid URL ({exc}).</source>
        <translation>“{shown}”不是有效的 URL（{exc}）。</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is not an HTTPS URL: Runway fetches media only from https:// addresses.</source>
        <translation>“{shown}”不是 HTTPS URL：Runway 只从 https:// 地址获取媒体。</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is {count} characters long; Runway accepts URLs of at most {max_url_length} characters.</source>
        <translation>“{shown}”长 {count} 个字符；Runway 接受的 URL 最长为 {max_url_length} 个字符。</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; points at &apos;{host}&apos;, a local name Runway&apos;s servers cannot reach: use a public domain.</source>
        <translation>“{shown}”指向“{host}”，这是 Runway 服务器无法访问的本地名称：请使用公开域名。</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; points at the IP address {host}; Runway only fetches from domain names (like media.example.com).</source>
        <translation>“{shown}”指向 IP 地址 {host}；Runway 只从域名（如 media.example.com）获取。</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; uses plain HTTP, but Runway only fetches media over HTTPS: use the https:// address, or download the file and add it from disk.</source>
        <translation>“{shown}”使用普通 HTTP，但 Runway 只通过 HTTPS 获取媒体：请使用 https:// 地址，或下载文件后从磁盘添加。</translation>
    </message>
    <message>
        <source>Act-Two&apos;s reference video</source>
        <translation>Act-Two 的参考视频</translation>
    </message>
    <message>
        <source>GIF images are not supported by Runway: convert &apos;{name}&apos; to PNG, JPEG or WebP.</source>
        <translation>Runway 不支持 GIF 图像：请将“{name}”转换为 PNG、JPEG 或 WebP。</translation>
    </message>
    <message>
        <source>GIF images are not supported by Runway: convert it to PNG, JPEG or WebP.</source>
        <translation>Runway 不支持 GIF 图像：请将其转换为 PNG、JPEG 或 WebP。</translation>
    </message>
    <message>
        <source>Grok Imagine 1.5 Lite&apos;s prompt image</source>
        <translation>Grok Imagine 1.5 Lite 的提示图像</translation>
    </message>
    <message>
        <source>Grok Imagine 1.5&apos;s prompt image</source>
        <translation>Grok Imagine 1.5 的提示图像</translation>
    </message>
    <message>
        <source>H3 Max&apos;s prompt images</source>
        <translation>H3 Max 的提示图像</translation>
    </message>
    <message>
        <source>It is not a media file: Runway takes {accepted_summary}.</source>
        <translation>它不是媒体文件：Runway 接受{accepted_summary}。</translation>
    </message>
    <message>
        <source>JPEG, PNG or WebP images; MP4, MOV, MKV or WebM video; MP3, WAV, FLAC, M4A or AAC audio</source>
        <translation>JPEG、PNG 或 WebP 图像；MP4、MOV、MKV 或 WebM 视频；MP3、WAV、FLAC、M4A 或 AAC 音频</translation>
    </message>
    <message>
        <source>Kling 4&apos;s reference videos</source>
        <translation>Kling 4 的参考视频</translation>
    </message>
    <message>
        <source>Rename it to &apos;{stem}{suffix}&apos; so its name matches its content.</source>
        <translation>请将其重命名为“{stem}{suffix}”，使文件名与内容一致。</translation>
    </message>
    <message>
        <source>Runway takes audio as MP3, WAV, FLAC, M4A or AAC: convert it to one of those.</source>
        <translation>Runway 接受的音频格式为 MP3、WAV、FLAC、M4A 或 AAC：请将其转换为其中一种。</translation>
    </message>
    <message>
        <source>Runway takes images as JPEG, PNG or WebP: convert it to one of those.</source>
        <translation>Runway 接受的图像格式为 JPEG、PNG 或 WebP：请将其转换为其中一种。</translation>
    </message>
    <message>
        <source>Runway takes video as MP4, MOV, MKV or WebM: convert it to one of those.</source>
        <translation>Runway 接受的视频格式为 MP4、MOV、MKV 或 WebM：请将其转换为其中一种。</translation>
    </message>
    <message>
        <source>Seedance 2 Fast</source>
        <translation>Seedance 2 Fast</translation>
    </message>
    <message>
        <source>Seedance 2 Mini</source>
        <translation>Seedance 2 Mini</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>URL 为空。</translation>
    </message>
    <message>
        <source>Wan 3 Prime</source>
        <translation>Wan 3 Prime</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>BMP 图像</translation>
    </message>
    <message>
        <source>a FLAC audio file</source>
        <translation>FLAC 音频文件</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图像</translation>
    </message>
    <message>
        <source>a HEIC/AVIF image</source>
        <translation>HEIC/AVIF 图像</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图像</translation>
    </message>
    <message>
        <source>a Matroska (MKV) file</source>
        <translation>Matroska（MKV）文件</translation>
    </message>
    <message>
        <source>a Matroska (MKV) video</source>
        <translation>Matroska（MKV）视频</translation>
    </message>
    <message>
        <source>a Matroska audio file</source>
        <translation>Matroska 音频文件</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>a QuickTime (MOV) file</source>
        <translation>QuickTime（MOV）文件</translation>
    </message>
    <message>
        <source>a QuickTime (MOV) video</source>
        <translation>QuickTime（MOV）视频</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>TIFF 图像</translation>
    </message>
    <message>
        <source>a WAV audio file</source>
        <translation>WAV 音频文件</translation>
    </message>
    <message>
        <source>a WebM file</source>
        <translation>WebM 文件</translation>
    </message>
    <message>
        <source>a WebM video</source>
        <translation>WebM 视频</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>WebP 图像</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ZIP 压缩包</translation>
    </message>
    <message>
        <source>a ZIP archive (or an Office document)</source>
        <translation>ZIP 压缩包（或 Office 文档）</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>命名管道</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>a {type} codec this app cannot decode</source>
        <translation>本应用无法解码的 {type} 编解码器</translation>
    </message>
    <message>
        <source>an AAC audio file</source>
        <translation>AAC 音频文件</translation>
    </message>
    <message>
        <source>an AVI video</source>
        <translation>AVI 视频</translation>
    </message>
    <message>
        <source>an M4A audio file</source>
        <translation>M4A 音频文件</translation>
    </message>
    <message>
        <source>an MP3 audio file</source>
        <translation>MP3 音频文件</translation>
    </message>
    <message>
        <source>an MP4 file</source>
        <translation>MP4 文件</translation>
    </message>
    <message>
        <source>an MP4 video</source>
        <translation>MP4 视频</translation>
    </message>
    <message>
        <source>an Ogg file</source>
        <translation>Ogg 文件</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>至多</translation>
    </message>
    <message>
        <source>each of Grok Imagine 1.5&apos;s reference audio clips</source>
        <translation>Grok Imagine 1.5 的每段参考音频</translation>
    </message>
    <message>
        <source>it should last {declared} s, yet only {span} s of it is there</source>
        <translation>它应时长 {declared} 秒，但实际只有 {span} 秒</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>少于</translation>
    </message>
    <message>
        <source>no frame of it decodes</source>
        <translation>没有任何一帧可以解码</translation>
    </message>
    <message>
        <source>no thumbnail for {kind} media</source>
        <translation>{kind} 媒体没有缩略图</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged ({exc})</source>
        <translation>ZIP 压缩包已损坏（{exc}）</translation>
    </message>
    <message>
        <source>the file has no audio or video</source>
        <translation>文件中没有音频或视频</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the image does not decode ({failure_reason})</source>
        <translation>图像无法解码（{failure_reason}）</translation>
    </message>
    <message>
        <source>the media does not decode ({failure_reason})</source>
        <translation>媒体无法解码（{failure_reason}）</translation>
    </message>
    <message>
        <source>the {long_name} audio codec; Runway takes {accepted} or PCM audio</source>
        <translation>{long_name} 音频编解码器；Runway 接受 {accepted} 或 PCM 音频</translation>
    </message>
    <message>
        <source>the {long_name} video codec; Runway takes {accepted} video</source>
        <translation>{long_name} 视频编解码器；Runway 接受 {accepted} 视频</translation>
    </message>
    <message>
        <source>too many</source>
        <translation>过多</translation>
    </message>
    <message>
        <source>{id}.{name} is not a media field</source>
        <translation>{id}.{name} 不是媒体字段</translation>
    </message>
    <message>
        <source>{length}; {subject} must be at least {low} s.</source>
        <translation>{length}；{subject}必须至少 {low} 秒。</translation>
    </message>
    <message>
        <source>{length}; {subject} must be {low}–{high} s.</source>
        <translation>{length}；{subject}必须为 {low}–{high} 秒。</translation>
    </message>
    <message>
        <source>{length}; {subject} must last {most} {high} s{together}.</source>
        <translation>{length}；{subject}的时长必须{most} {high} 秒{together}。</translation>
    </message>
    <message>
        <source>{names} last {total} s together; {subject} must last {most} {max_seconds} s together.</source>
        <translation>{names}合计时长 {total} 秒；{subject}合计时长必须{most} {max_seconds} 秒。</translation>
    </message>
    <message>
        <source>{name} has no video frames</source>
        <translation>{name} 没有视频帧</translation>
    </message>
    <message>
        <source>{name}&apos;s reference audio clips</source>
        <translation>{name} 的参考音频</translation>
    </message>
    <message>
        <source>{name}&apos;s reference videos</source>
        <translation>{name} 的参考视频</translation>
    </message>
    <message>
        <source>{size} (width / height = {aspect}); {subject} must have a width / height between {low} and {high}.</source>
        <translation>{size}（宽 / 高 = {aspect}）；{subject}的宽 / 高必须在 {low} 与 {high} 之间。</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} 字节</translation>
    </message>
    <message>
        <source>{size}; {subject} must be at least {min_side} pixels on both sides.</source>
        <translation>{size}；{subject}的宽和高都必须至少 {min_side} 像素。</translation>
    </message>
    <message>
        <source> ({more} more problem.)</source>
        <translation>（另有 {more} 个问题。）</translation>
    </message>
    <message>
        <source> ({more} more problems.)</source>
        <translation>（另有 {more} 个问题。）</translation>
    </message>
    <message>
        <source> Did you mean {close}?</source>
        <translation>您是否指 {close}？</translation>
    </message>
    <message>
        <source> JSON has no comments; put a note in a step as &quot;comment&quot;: &quot;…&quot; instead.</source>
        <translation>JSON 不支持注释；请改为在步骤中写 &quot;comment&quot;: &quot;…&quot;。</translation>
    </message>
    <message>
        <source> is required.</source>
        <translation>为必填项。</translation>
    </message>
    <message>
        <source>&apos;{audio_type}&apos; is not an audio type: {known}.</source>
        <translation>“{audio_type}”不是音频类型：{known}。</translation>
    </message>
    <message>
        <source>&apos;{filename}&apos; is not a plain file name; write a name without folders (the output folder is chosen when the pipeline runs).</source>
        <translation>“{filename}”不是单纯的文件名；请写不含文件夹的名称（输出文件夹在流水线运行时选择）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already the name of an earlier output; this run saves as &apos;{chosen}&apos; so nothing is overwritten.</source>
        <translation>“{name}”已是之前某个输出的名称；本次运行将保存为“{chosen}”，不会覆盖任何文件。</translation>
    </message>
    <message>
        <source>--var {name} is not used by the pipeline (no {{{{{name_2}}}}} in it).</source>
        <translation>流水线没有用到 --var {name}（其中没有 {{{{{name_2}}}}}）。</translation>
    </message>
    <message>
        <source>A pipeline is a JSON object with a non-empty list of steps: {{&quot;steps&quot;: [{{&quot;action&quot;: …}}, …]}}.</source>
        <translation>流水线是一个 JSON 对象，包含非空的步骤列表：{{&quot;steps&quot;: [{{&quot;action&quot;: …}}, …]}}。</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos;</source>
        <translation>字段“{field}”</translation>
    </message>
    <message>
        <source>Run {run}</source>
        <translation>第 {run} 次运行</translation>
    </message>
    <message>
        <source>Step {step}</source>
        <translation>第 {step} 步</translation>
    </message>
    <message>
        <source>Step {step} ({action})</source>
        <translation>第 {step} 步（{action}）</translation>
    </message>
    <message>
        <source>The batch has no runs.</source>
        <translation>该批量没有任何运行。</translation>
    </message>
    <message>
        <source>The pipeline is not valid JSON: it is not UTF-8 text.</source>
        <translation>该流水线不是有效的 JSON：它不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The plan cannot run.</source>
        <translation>该计划无法运行。</translation>
    </message>
    <message>
        <source>a fan_out needs &quot;step&quot;: the generation to run once per source, e.g. {{&quot;action&quot;: &quot;generate_video&quot;, &quot;prompt&quot;: &quot;… {{source}} …&quot;}}.</source>
        <translation>fan_out 需要 &quot;step&quot;：对每个来源运行一次的生成，例如 {{&quot;action&quot;: &quot;generate_video&quot;, &quot;prompt&quot;: &quot;… {{source}} …&quot;}}。</translation>
    </message>
    <message>
        <source>a fan_out needs a list of sources, or use_previous: true to run once per previous output.</source>
        <translation>fan_out 需要来源列表，或用 use_previous: true 对上一步的每个输出运行一次。</translation>
    </message>
    <message>
        <source>each source must be text, a file path or a URL.</source>
        <translation>每个来源必须是文本、文件路径或 URL。</translation>
    </message>
    <message>
        <source>each step must be a JSON object such as {{&quot;action&quot;: &quot;generate_video&quot;, …}}.</source>
        <translation>每个步骤必须是 JSON 对象，例如 {{&quot;action&quot;: &quot;generate_video&quot;, …}}。</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;</source>
        <translation>字段“{field}”</translation>
    </message>
    <message>
        <source>give either sources or use_previous: true, not both.</source>
        <translation>请给出 sources 或 use_previous: true，二者只能选一。</translation>
    </message>
    <message>
        <source>or an endpoint name such as video_to_audio</source>
        <translation>或端点名称，例如 video_to_audio</translation>
    </message>
    <message>
        <source>output {output} of run {producer}</source>
        <translation>第 {producer} 次运行的输出 {output}</translation>
    </message>
    <message>
        <source>parallel must be true or false.</source>
        <translation>parallel 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>prompt {prompt_no}</source>
        <translation>提示词 {prompt_no}</translation>
    </message>
    <message>
        <source>run {run}</source>
        <translation>第 {run} 次运行</translation>
    </message>
    <message>
        <source>seed {body}{unit}</source>
        <translation>种子 {body}{unit}</translation>
    </message>
    <message>
        <source>sources must be a non-empty list.</source>
        <translation>sources 必须是非空列表。</translation>
    </message>
    <message>
        <source>&apos;{action}&apos; is not an action</source>
        <translation>“{action}”不是有效的 action</translation>
    </message>
    <message>
        <source>Cannot read the pipeline {path}: {failure_reason}.</source>
        <translation>无法读取流水线 {path}：{failure_reason}。</translation>
    </message>
    <message>
        <source>The pipeline is not valid JSON: {where}</source>
        <translation>该流水线不是有效的 JSON：{where}</translation>
    </message>
    <message>
        <source>the first step has no previous step to take outputs from.</source>
        <translation>第一步没有可以取用输出的上一步。</translation>
    </message>
    <message>
        <source>the same request with the same seed as step {step} run {number}: it makes the same output again and costs again.</source>
        <translation>与第 {step} 步第 {number} 次运行的请求和种子完全相同：会再次生成相同的输出，并再次花费积分。</translation>
    </message>
    <message>
        <source>the sources are text, and the template does not use {{source}}; {{i}} is the run number (1, 2, …), so the source values do not reach the request. Write {{source}} where each source belongs.</source>
        <translation>来源是文本，而模板没有使用 {{source}}；{{i}} 是运行序号（1、2、…），因此来源的值不会进入请求。请在每个来源应出现的位置写上 {{source}}。</translation>
    </message>
    <message>
        <source>the step has no action</source>
        <translation>该步骤没有 action</translation>
    </message>
    <message>
        <source>the template&apos;s action must be one of {generate} (a fan_out cannot contain a fan_out).</source>
        <translation>模板的 action 必须是 {generate} 之一（fan_out 中不能再包含 fan_out）。</translation>
    </message>
    <message>
        <source>the template&apos;s action must be one of {generate}.</source>
        <translation>模板的 action 必须是 {generate} 之一。</translation>
    </message>
    <message>
        <source>the variable {{{{{name}}}}} has no value; pass --var {name_2}=VALUE.</source>
        <translation>变量 {{{{{name}}}}} 没有值；请传入 --var {name_2}=VALUE。</translation>
    </message>
    <message>
        <source>there is no file &apos;{value}&apos; (looked for {looked}).</source>
        <translation>没有文件“{value}”（查找了 {looked}）。</translation>
    </message>
    <message>
        <source>use_previous gives this step its input, so image_url is not used (as in Runway&apos;s runner).</source>
        <translation>use_previous 会为此步骤提供输入，因此不使用 image_url（与 Runway 的运行器一致）。</translation>
    </message>
    <message>
        <source>use_previous must be true or false.</source>
        <translation>use_previous 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>{count} run is left out</source>
        <translation>{count} 次运行被略去</translation>
    </message>
    <message>
        <source>{count} runs are left out</source>
        <translation>{count} 次运行被略去</translation>
    </message>
    <message>
        <source>{id} ({endpoint}) has no {dropped}; its runs are made without it.</source>
        <translation>{id}（{endpoint}）没有{dropped}；其运行将不使用它。</translation>
    </message>
    <message>
        <source>{id} ({endpoint}) has no {dropped}; its runs are made without them.</source>
        <translation>{id}（{endpoint}）没有{dropped}；其运行将不使用它们。</translation>
    </message>
    <message>
        <source>{id} ({endpoint}) takes no seed: one run per prompt and variant instead of {count}.</source>
        <translation>{id}（{endpoint}）不接受种子：每个提示词和变体只运行一次，而不是 {count} 次。</translation>
    </message>
    <message>
        <source>{id} needs a voice and the step names none; it uses the preset voice {voice}. Add &quot;{name}&quot;: &quot;NAME&quot; to choose another.</source>
        <translation>{id} 需要一个声音，但该步骤没有指定；将使用预设声音 {voice}。添加 &quot;{name}&quot;: &quot;NAME&quot; 可选择其他声音。</translation>
    </message>
    <message>
        <source>{id} on {endpoint} takes no {kind} input here (it takes no media).</source>
        <translation>{endpoint} 上的 {id} 在此不接受{kind}输入（它不接受媒体）。</translation>
    </message>
    <message>
        <source>{id} on {endpoint} takes no {kind} input here (it takes {takes}).</source>
        <translation>{endpoint} 上的 {id} 在此不接受{kind}输入（它接受{takes}）。</translation>
    </message>
    <message>
        <source>{known} for {runs} run</source>
        <translation>{runs} 次运行共 {known}</translation>
    </message>
    <message>
        <source>{known} for {runs} runs</source>
        <translation>{runs} 次运行共 {known}</translation>
    </message>
    <message>
        <source>{known} for {value} of {runs} runs; {unknown} run has no published price</source>
        <translation>{runs} 次运行中的 {value} 次共 {known}；{unknown} 次运行没有公布的价格</translation>
    </message>
    <message>
        <source>{known} for {value} of {runs} runs; {unknown} runs have no published price</source>
        <translation>{runs} 次运行中的 {value} 次共 {known}；{unknown} 次运行没有公布的价格</translation>
    </message>
    <message>
        <source>{media} as {name}</source>
        <translation>{media}作为 {name}</translation>
    </message>
    <message>
        <source>{message} (runs {listed}: {count} in all)</source>
        <translation>{message}（运行 {listed}：共 {count} 次）</translation>
    </message>
    <message>
        <source>{message} for {id}: one of {choices}.</source>
        <translation>{message}（{id}）：{choices} 之一。</translation>
    </message>
    <message>
        <source>{model_id} does not serve {endpoint}; it serves {served}.</source>
        <translation>{model_id} 不提供 {endpoint}；它提供 {served}。</translation>
    </message>
    <message>
        <source>{model_id} makes {makes} ({served}), not {output}; use it in a generate_{split} step or choose a {output_2} model.</source>
        <translation>{model_id} 生成{makes}（{served}），不生成{output}；请在 generate_{split} 步骤中使用它，或选择一个{output_2}模型。</translation>
    </message>
    <message>
        <source>{msg} (line {lineno}, column {colno}).{comment_hint}</source>
        <translation>{msg}（第 {lineno} 行，第 {colno} 列）。{comment_hint}</translation>
    </message>
    <message>
        <source>{what}; write one of {actions}.{hint}</source>
        <translation>{what}；请写 {actions} 之一。{hint}</translation>
    </message>
    <message>
        <source>{name} is left out: {error}</source>
        <translation>{name} 被略去：{error}</translation>
    </message>
    <message>
        <source>{name} must be text.</source>
        <translation>{name} 必须是文本。</translation>
    </message>
    <message>
        <source>{output_prefix}{index} of run {producer}</source>
        <translation>第 {producer} 次运行的{output_prefix}{index}</translation>
    </message>
    <message>
        <source>{repeated} prompt is repeated; each prompt is planned once (use seeds for more takes of one prompt).</source>
        <translation>有 {repeated} 个提示词重复；每个提示词只计划一次（如需同一提示词的多个成品，请使用种子）。</translation>
    </message>
    <message>
        <source>{repeated} prompts are repeated; each prompt is planned once (use seeds for more takes of one prompt).</source>
        <translation>有 {repeated} 个提示词重复；每个提示词只计划一次（如需同一提示词的多个成品，请使用种子）。</translation>
    </message>
    <message>
        <source> Use {replacement} instead.</source>
        <translation>请改用 {replacement}。</translation>
    </message>
    <message>
        <source> from {low} to {high}</source>
        <translation>，范围 {low} 至 {high}</translation>
    </message>
    <message>
        <source> of at least {low}</source>
        <translation>，至少为 {low}</translation>
    </message>
    <message>
        <source> of at most {high}</source>
        <translation>，至多为 {high}</translation>
    </message>
    <message>
        <source>, or {a}</source>
        <translation>，或{a}</translation>
    </message>
    <message>
        <source>. Its fields are: {names}.</source>
        <translation>。其字段有：{names}。</translation>
    </message>
    <message>
        <source>; did you mean &apos;{close}&apos;?</source>
        <translation>；您是否指“{close}”？</translation>
    </message>
    <message>
        <source>Keyframe {number}</source>
        <translation>关键帧 {number}</translation>
    </message>
    <message>
        <source>No URI was given for media {index} of the request.</source>
        <translation>请求中的第 {index} 个媒体没有给出 URI。</translation>
    </message>
    <message>
        <source>Prompt text mentions @{name}, but no reference image is tagged &apos;{name_2}&apos;.</source>
        <translation>提示词提到了 @{name}，但没有参考图像带有标签“{name_2}”。</translation>
    </message>
    <message>
        <source>Tag &apos;{tag}&apos; is used by more than one reference image; each tag must be unique.</source>
        <translation>标签“{tag}”被多张参考图像使用；每个标签必须唯一。</translation>
    </message>
    <message>
        <source>Tag &apos;{tag}&apos; must be 3–16 characters, start with a letter, and use only letters, digits and underscores.</source>
        <translation>标签“{tag}”必须为 3–16 个字符，以字母开头，且只能包含字母、数字和下划线。</translation>
    </message>
    <message>
        <source>Unknown endpoint &apos;{endpoint}&apos;. Endpoints: {endpoints}.</source>
        <translation>未知端点“{endpoint}”。可用端点：{endpoints}。</translation>
    </message>
    <message>
        <source>Unknown model &apos;{model_id}&apos;.{hint}</source>
        <translation>未知模型“{model_id}”。{hint}</translation>
    </message>
    <message>
        <source>a JSON list</source>
        <translation>JSON 列表</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>JSON 对象</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation>音频文件</translation>
    </message>
    <message>
        <source>audio file</source>
        <translation>音频文件</translation>
    </message>
    <message>
        <source>choose a file so it can be inspected</source>
        <translation>请选择一个文件以便检查</translation>
    </message>
    <message>
        <source>has both seconds and at; give one</source>
        <translation>同时有 seconds 和 at；请只给一个</translation>
    </message>
    <message>
        <source>it has not been inspected yet</source>
        <translation>它尚未检查</translation>
    </message>
    <message>
        <source>needs a time: seconds from the start, or at (a fraction from 0 to 1)</source>
        <translation>需要一个时间：从开头算起的 seconds，或 at（0 到 1 之间的比例）</translation>
    </message>
    <message>
        <source>needs at least {counted}</source>
        <translation>至少需要 {counted}</translation>
    </message>
    <message>
        <source>needs {low} to {counted}</source>
        <translation>需要 {low} 至 {counted}</translation>
    </message>
    <message>
        <source>takes at most {counted}</source>
        <translation>最多接受 {counted}</translation>
    </message>
    <message>
        <source>{id} ({endpoint}) has no field &apos;{key}&apos;{hint}</source>
        <translation>{id}（{endpoint}）没有字段“{key}”{hint}</translation>
    </message>
    <message>
        <source>{label} applies only when {label_2} is {allowed}; change {label_3} or clear {label_4}.</source>
        <translation>{label}仅在{label_2}为 {allowed} 时适用；请更改{label_3}或清除{label_4}。</translation>
    </message>
    <message>
        <source>{label} cannot be set here.</source>
        <translation>此处不能设置{label}。</translation>
    </message>
    <message>
        <source>{label} has a last frame but no first frame; a last frame requires a first frame.</source>
        <translation>{label}有尾帧但没有首帧；使用尾帧需要首帧。</translation>
    </message>
    <message>
        <source>{label} has an entry with no file or URL.</source>
        <translation>{label}中有一项没有文件或 URL。</translation>
    </message>
    <message>
        <source>{label} has an item form ({item}) this app cannot write.</source>
        <translation>{label}的条目形式（{item}）本应用无法写入。</translation>
    </message>
    <message>
        <source>{label} has {count} {position} frames; use one.</source>
        <translation>{label}有 {count} 个 {position} 帧；请只用一个。</translation>
    </message>
    <message>
        <source>{label} is not valid JSON: {msg} (line {lineno}, column {colno}).</source>
        <translation>{label}不是有效的 JSON：{msg}（第 {lineno} 行，第 {colno} 列）。</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label}为必填项。</translation>
    </message>
    <message>
        <source>{label} is {length} characters long; {model_id} allows at most {max_length} (counted in UTF-16 code units).</source>
        <translation>{label}长 {length} 个字符；{model_id} 最多允许 {max_length} 个（按 UTF-16 码元计）。</translation>
    </message>
    <message>
        <source>{label} mixes frames (first/last) with reference images (no position); use one or the other.</source>
        <translation>{label}混用了帧（首帧/尾帧）和参考图像（无位置）；请只用其中一种。</translation>
    </message>
    <message>
        <source>{label} must be a language code such as en or pt-BR; {raw} is not one.</source>
        <translation>{label}必须是语言代码，例如 en 或 pt-BR；{raw} 不是。</translation>
    </message>
    <message>
        <source>{label} must be a list of keyframes, each with a time and an image.</source>
        <translation>{label}必须是关键帧列表，每个关键帧都有时间和图像。</translation>
    </message>
    <message>
        <source>{label} must be a number{range_text}.</source>
        <translation>{label}必须是数字{range_text}。</translation>
    </message>
    <message>
        <source>{label} must be a whole number from {low} to {high}, or random.</source>
        <translation>{label}必须是 {low} 至 {high} 之间的整数，或随机。</translation>
    </message>
    <message>
        <source>{label} must be a whole number{range_text}.</source>
        <translation>{label}必须是整数{range_text}。</translation>
    </message>
    <message>
        <source>{label} must be one of the preset voices: {choices}.</source>
        <translation>{label}必须是预设声音之一：{choices}。</translation>
    </message>
    <message>
        <source>{label} must be one of {choices}.</source>
        <translation>{label}必须是 {choices} 之一。</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label}必须是文本。</translation>
    </message>
    <message>
        <source>{label} must be true or false (yes/no, 1/0 also work).</source>
        <translation>{label}必须是 true 或 false（yes/no、1/0 也可以）。</translation>
    </message>
    <message>
        <source>{label} needs {wanted} (a file or an https:// URL).</source>
        <translation>{label}需要{wanted}（文件或 https:// URL）。</translation>
    </message>
    <message>
        <source>{label} needs {wanted}.</source>
        <translation>{label}需要{wanted}。</translation>
    </message>
    <message>
        <source>{label} needs {wanted}; &apos;{name}&apos; is {get}.</source>
        <translation>{label}需要{wanted}；“{name}”是{get}。</translation>
    </message>
    <message>
        <source>{label} position must be {positions}; &apos;{value}&apos; is set to &apos;{position}&apos;.</source>
        <translation>{label}的位置必须是 {positions}；“{value}”被设为“{position}”。</translation>
    </message>
    <message>
        <source>{label} takes at most {counted} ({frames} frame); {count} given.</source>
        <translation>{label}最多接受 {counted}（{frames} 帧）；实际提供了 {count} 个。</translation>
    </message>
    <message>
        <source>{label} takes at most {counted} ({frames} frames); {count} given.</source>
        <translation>{label}最多接受 {counted}（{frames} 帧）；实际提供了 {count} 个。</translation>
    </message>
    <message>
        <source>{label} takes one {noun}; {count} given.</source>
        <translation>{label}只接受一个{noun}；实际提供了 {count} 个。</translation>
    </message>
    <message>
        <source>{label} {problem} for {id} (Runway&apos;s documented limit).</source>
        <translation>对 {id} 而言，{label}{problem}（Runway 文档规定的限制）。</translation>
    </message>
    <message>
        <source>{label} {wanted_text}; {count} given.</source>
        <translation>{label}{wanted_text}；实际提供了 {count} 个。</translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; is not a file, an https:// URL or a runway:// URI.</source>
        <translation>{label}：“{name}”不是文件、https:// URL 或 runway:// URI。</translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; must be an https:// URL; Runway fetches only HTTPS.</source>
        <translation>{label}：“{name}”必须是 https:// URL；Runway 只通过 HTTPS 获取。</translation>
    </message>
    <message>
        <source>{label}: cannot tell whether &apos;{name}&apos; is {wanted}; {remedy}.</source>
        <translation>{label}：无法判断“{name}”是否为{wanted}；{remedy}。</translation>
    </message>
    <message>
        <source>{label}: either every keyframe has a range or none does.</source>
        <translation>{label}：要么每个关键帧都有范围，要么都没有。</translation>
    </message>
    <message>
        <source>{label}: the URL is {count} characters; Runway accepts at most {url_limit}.</source>
        <translation>{label}：该 URL 长 {count} 个字符；Runway 最多接受 {url_limit} 个。</translation>
    </message>
    <message>
        <source>{label}: the subject of &apos;{value}&apos; must be {subjects}.</source>
        <translation>{label}：“{value}”的主体必须是 {subjects}。</translation>
    </message>
    <message>
        <source>{label}: {model_id} does not use positions here; the position of &apos;{name}&apos; is ignored.</source>
        <translation>{label}：{model_id} 在此不使用位置；“{name}”的位置将被忽略。</translation>
    </message>
    <message>
        <source>{label}: {model_id} does not use subjects here; the subject of &apos;{name}&apos; is ignored.</source>
        <translation>{label}：{model_id} 在此不使用主体；“{name}”的主体将被忽略。</translation>
    </message>
    <message>
        <source>{label}: {model_id} does not use tags here; the tag on &apos;{name}&apos; is ignored.</source>
        <translation>{label}：{model_id} 在此不使用标签；“{name}”上的标签将被忽略。</translation>
    </message>
    <message>
        <source>{model_id} has been retired. {note}{advice}</source>
        <translation>{model_id} 已停用。{note}{advice}</translation>
    </message>
    <message>
        <source>{model_id} is not served by {endpoint}; it is available on {served}.</source>
        <translation>{endpoint} 不提供 {model_id}；它可在 {served} 上使用。</translation>
    </message>
    <message>
        <source>{model_id} is served by several endpoints ({served}); choose one, or give the inputs that decide it (for example an image for image_to_video).</source>
        <translation>{model_id} 由多个端点提供（{served}）；请选择一个，或给出能确定端点的输入（例如为 image_to_video 提供图像）。</translation>
    </message>
    <message>
        <source>{name} has both seconds and at; give one.</source>
        <translation>{name} 同时有 seconds 和 at；请只给一个。</translation>
    </message>
    <message>
        <source>{name} has unknown keys {items}; use seconds or at, media and range.</source>
        <translation>{name} 有未知的键 {items}；请使用 seconds 或 at、media 和 range。</translation>
    </message>
    <message>
        <source>{name} is at {moment} s, outside its range {start}–{end} s; a keyframe must fall within its range.</source>
        <translation>{name} 位于 {moment} 秒，超出其范围 {start}–{end} 秒；关键帧必须落在其范围内。</translation>
    </message>
    <message>
        <source>{name} is at {seconds} s, but the input video is {source_seconds} s long.</source>
        <translation>{name} 位于 {seconds} 秒，但输入视频只有 {source_seconds} 秒长。</translation>
    </message>
    <message>
        <source>{name} must have a time (seconds or at) and an image.</source>
        <translation>{name} 必须有时间（seconds 或 at）和图像。</translation>
    </message>
    <message>
        <source>{name} needs a time: seconds from the start, or at (a fraction from 0 to 1).</source>
        <translation>{name} 需要一个时间：从开头算起的 seconds，或 at（0 到 1 之间的比例）。</translation>
    </message>
    <message>
        <source>{name} needs one image.</source>
        <translation>{name} 需要一张图像。</translation>
    </message>
    <message>
        <source>{name}: at must be a fraction from 0 to 1.</source>
        <translation>{name}：at 必须是 0 到 1 之间的比例。</translation>
    </message>
    <message>
        <source>{name}: its range ends at {end} s, after the end of the input video ({source_seconds} s).</source>
        <translation>{name}：其范围结束于 {end} 秒，晚于输入视频的结尾（{source_seconds} 秒）。</translation>
    </message>
    <message>
        <source>{name}: range needs whole-second start_seconds and end_seconds, with start before end.</source>
        <translation>{name}：range 需要整秒的 start_seconds 和 end_seconds，且开始早于结束。</translation>
    </message>
    <message>
        <source>{name}: seconds must be a number of at least 0.</source>
        <translation>{name}：seconds 必须是不小于 0 的数字。</translation>
    </message>
    <message>
        <source>{place}must be one of {enum}.</source>
        <translation>{place}必须是 {enum} 之一。</translation>
    </message>
    <message>
        <source>{place}must be {json_names}.</source>
        <translation>{place}必须是{json_names}。</translation>
    </message>
    <message>
        <source>{place}needs &apos;{name}&apos;.</source>
        <translation>{place}需要“{name}”。</translation>
    </message>
    <message>
        <source>{shown}, … ({count} in all)</source>
        <translation>{shown}，…（共 {count} 个）</translation>
    </message>
    <message>
        <source> (tried {failures} times)</source>
        <translation>（已尝试 {failures} 次）</translation>
    </message>
    <message>
        <source> A proxy is set in the environment ({fromkeys}); check that it is running and allows this address.</source>
        <translation>环境中设置了代理（{fromkeys}）；请检查它是否在运行并允许访问此地址。</translation>
    </message>
    <message>
        <source> It is unknown whether Runway created the task; check your Runway tasks before retrying, as a duplicate would be billed.</source>
        <translation>不确定 Runway 是否已创建该任务；重试前请先查看您在 Runway 的任务，因为重复的任务也会计费。</translation>
    </message>
    <message>
        <source>1 run ({needed} credits) was not sent: it</source>
        <translation>1 次运行（{needed} 积分）未发送：它</translation>
    </message>
    <message>
        <source>A live task cannot be removed from the history; cancel it first</source>
        <translation>进行中的任务不能从历史中移除；请先取消它</translation>
    </message>
    <message>
        <source>A media slot holds neither a file nor a URL.</source>
        <translation>有一个媒体位既没有文件也没有 URL。</translation>
    </message>
    <message>
        <source>Add a Runway API key in Settings, or try the offline simulator, before generating.</source>
        <translation>生成前请先在设置中添加 Runway API 密钥，或试用离线模拟器。</translation>
    </message>
    <message>
        <source>Add a Runway API key in Settings, or try the offline simulator, first.</source>
        <translation>请先在设置中添加 Runway API 密钥，或试用离线模拟器。</translation>
    </message>
    <message>
        <source>An input could not be sent, so nothing was submitted: {message}</source>
        <translation>有一个输入无法发送，因此没有提交任何内容：{message}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cancelled before it was submitted; nothing was spent.</source>
        <translation>在提交前已取消；没有花费积分。</translation>
    </message>
    <message>
        <source>Check the task again later.</source>
        <translation>请稍后再检查该任务。</translation>
    </message>
    <message>
        <source>Check your connection (and proxy), then check the task again.</source>
        <translation>请检查网络连接（和代理），然后再检查该任务。</translation>
    </message>
    <message>
        <source>Checking on the task</source>
        <translation>检查任务</translation>
    </message>
    <message>
        <source>Could not reach {host}: {user_message}{proxy_hint}</source>
        <translation>无法连接 {host}：{user_message}{proxy_hint}</translation>
    </message>
    <message>
        <source>Daily limit for {model} reached ({max_daily} a day); resumes at 00:00 UTC.</source>
        <translation>{model} 已达到每日上限（每天 {max_daily} 个）；将于 UTC 00:00 恢复。</translation>
    </message>
    <message>
        <source>Deleting at Runway</source>
        <translation>在 Runway 删除</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <source>Downloading failed: {user_message}</source>
        <translation>下载失败：{user_message}</translation>
    </message>
    <message>
        <source>Enter the API key again in Settings; the task is checked again once it works.</source>
        <translation>请在设置中重新输入 API 密钥；密钥可用后会再次检查该任务。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Free some space or choose another library folder, then download again.</source>
        <translation>请释放一些空间或选择其他素材库文件夹，然后重新下载。</translation>
    </message>
    <message>
        <source>If it keeps happening, contact Runway&apos;s support with the task id.</source>
        <translation>如果问题反复出现，请带上任务 ID 联系 Runway 支持。</translation>
    </message>
    <message>
        <source>Look the task up in Runway&apos;s dashboard.</source>
        <translation>请在 Runway 的控制台中查找该任务。</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>No Runway key is set, so the output cannot be downloaded.</source>
        <translation>未设置 Runway 密钥，因此无法下载输出。</translation>
    </message>
    <message>
        <source>No answer from {base_url} in time.</source>
        <translation>{base_url} 未及时答复。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Not sent: it would pass the daily budget of {budget} credits set in Settings. Nothing was spent; send it again after 00:00 UTC or raise the budget.</source>
        <translation>未发送：它会超出设置中 {budget} 积分的每日预算。没有花费积分；请在 UTC 00:00 之后再次发送，或提高预算。</translation>
    </message>
    <message>
        <source>Not sent: {why}. Nothing was spent; Retry failed sends them again.</source>
        <translation>未发送：{why}。没有花费积分；“重试失败项”会再次发送它们。</translation>
    </message>
    <message>
        <source>Only a succeeded task with outputs that were not saved can be downloaded again</source>
        <translation>只有输出未保存的已完成任务才能重新下载</translation>
    </message>
    <message>
        <source>Only a task that needs attention can be checked again</source>
        <translation>只有需要处理的任务才能再次检查</translation>
    </message>
    <message>
        <source>Only failed, cancelled or unknown-outcome tasks can be retried</source>
        <translation>只有失败、已取消或结果未知的任务才能重试</translation>
    </message>
    <message>
        <source>Only finished tasks whose outputs are saved here can be deleted from Runway</source>
        <translation>只有输出已保存在本机的已结束任务才能从 Runway 删除</translation>
    </message>
    <message>
        <source>Only pending, throttled or running tasks can be cancelled (or ones not sent yet)</source>
        <translation>只有等待中、限流中或进行中的任务（或尚未发送的任务）才能取消</translation>
    </message>
    <message>
        <source>Paused: nothing new is sent until the queue is resumed.</source>
        <translation>已暂停：在恢复队列之前不会发送新任务。</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Queued locally</source>
        <translation>本地排队中</translation>
    </message>
    <message>
        <source>Reading limits</source>
        <translation>读取限额</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Runway accepted the request but answered with a task id that cannot be used: {user_message} The task may exist and be billed; look it up in Runway&apos;s dashboard.</source>
        <translation>Runway 已接收请求，但返回的任务 ID 无法使用：{user_message} 该任务可能已存在并已计费；请在 Runway 的控制台中查找。</translation>
    </message>
    <message>
        <source>Runway did not confirm the cancel, so the task was left as it is: {text}</source>
        <translation>Runway 没有确认取消，因此任务保持原状：{text}</translation>
    </message>
    <message>
        <source>Runway gave this task the id {runway_id}, which is already recorded for a task created {when}{prompt}. Both are kept; check at Runway which one it is.</source>
        <translation>Runway 为此任务给出的 ID {runway_id} 已记录在 {when} 创建的另一个任务上{prompt}。两者都已保留；请在 Runway 查看它究竟是哪一个。</translation>
    </message>
    <message>
        <source>Runway has not finished this task after {duration}.</source>
        <translation>已过 {duration}，Runway 仍未完成此任务。</translation>
    </message>
    <message>
        <source>Runway keeps reporting a task status this app does not know ({shown}).</source>
        <translation>Runway 一直报告本应用不认识的任务状态（{shown}）。</translation>
    </message>
    <message>
        <source>Runway no longer knows this task (it was deleted).</source>
        <translation>Runway 已不再有此任务（它已被删除）。</translation>
    </message>
    <message>
        <source>Runway reported a failure without a reason.</source>
        <translation>Runway 报告失败，但未说明原因。</translation>
    </message>
    <message>
        <source>Runway reported the task as succeeded but gave no output to download.</source>
        <translation>Runway 报告任务已完成，但没有给出可下载的输出。</translation>
    </message>
    <message>
        <source>Runway&apos;s replies about this task could not be read: {user_message}</source>
        <translation>无法读取 Runway 关于此任务的答复：{user_message}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Saving the output</source>
        <translation>保存输出</translation>
    </message>
    <message>
        <source>Sending the request</source>
        <translation>发送请求</translation>
    </message>
    <message>
        <source>Stopped at the daily budget: {what} would pass the daily budget of {budget} credits set in Settings ({committed_today} committed today). Nothing was spent on {them}; run the same command again after 00:00 UTC, or raise the budget in Runway Desktop&apos;s Settings.</source>
        <translation>已在每日预算处停止：{what}会超出设置中 {budget} 积分的每日预算（今日已占用 {committed_today}）。没有为{them}花费积分；请在 UTC 00:00 之后再次运行同一命令，或在 Runway Desktop 的设置中提高预算。</translation>
    </message>
    <message>
        <source>Submission outcome unknown</source>
        <translation>提交结果未知</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>提交中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>The app stopped while this task was being submitted, so Runway may or may not have created it. It was not sent again automatically. Check your Runway usage before retrying.</source>
        <translation>提交此任务时应用停止了，因此 Runway 可能已创建也可能未创建它。它没有被自动重新发送。重试前请先查看您在 Runway 的用量。</translation>
    </message>
    <message>
        <source>The key works.</source>
        <translation>密钥可用。</translation>
    </message>
    <message>
        <source>The key works. Balance: {balance}.</source>
        <translation>密钥可用。余额：{balance}。</translation>
    </message>
    <message>
        <source>The output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>The output is not a media file, so it was not saved: {user_message}</source>
        <translation>输出不是媒体文件，因此未保存：{user_message}</translation>
    </message>
    <message>
        <source>The output link cannot be used: {split}</source>
        <translation>输出链接无法使用：{split}</translation>
    </message>
    <message>
        <source>The output link expired and Runway gave no fresh one; Runway may have deleted the task.</source>
        <translation>输出链接已过期，Runway 没有给出新链接；Runway 可能已删除该任务。</translation>
    </message>
    <message>
        <source>The output was not saved: {user_message}</source>
        <translation>输出未保存：{user_message}</translation>
    </message>
    <message>
        <source>The outputs are not saved locally yet; deleting now would lose them.</source>
        <translation>输出尚未保存到本机；现在删除会丢失它们。</translation>
    </message>
    <message>
        <source>The request could not be sent, so nothing was submitted: {exc}</source>
        <translation>请求无法发送，因此没有提交任何内容：{exc}</translation>
    </message>
    <message>
        <source>The request has errors.</source>
        <translation>请求有错误。</translation>
    </message>
    <message>
        <source>There is no group {group_id} in the history.</source>
        <translation>历史中没有分组 {group_id}。</translation>
    </message>
    <message>
        <source>There is no task {task_id} in the history.</source>
        <translation>历史中没有任务 {task_id}。</translation>
    </message>
    <message>
        <source>Throttled (waiting for a slot)</source>
        <translation>限流中（等待空位）</translation>
    </message>
    <message>
        <source>Tier: {parts}</source>
        <translation>等级：{parts}</translation>
    </message>
    <message>
        <source>Try the download again.</source>
        <translation>请重新下载。</translation>
    </message>
    <message>
        <source>Waiting for a slot in “{name}”: {by_group} of {max_parallel} of its runs at Runway.</source>
        <translation>正在等待“{name}”的空位：其运行中已有 {by_group}/{max_parallel} 个在 Runway。</translation>
    </message>
    <message>
        <source>Waiting for a slot: {busy} of {max_live} tasks at Runway (the limit in Settings).</source>
        <translation>正在等待空位：Runway 上已有 {busy}/{max_live} 个任务（设置中的上限）。</translation>
    </message>
    <message>
        <source>Waiting for a {model} slot: {busy} of {max_concurrent} busy.</source>
        <translation>正在等待 {model} 的空位：已占用 {busy}/{max_concurrent}。</translation>
    </message>
    <message>
        <source>Waiting for run {keys} to finish: its output is this run&apos;s input.</source>
        <translation>正在等待第 {keys} 次运行完成：它的输出是本次运行的输入。</translation>
    </message>
    <message>
        <source>Waiting: this run ({estimate} credits) would pass the account&apos;s monthly spend cap of {monthly_cap} credits ({spent} used this month); resumes when the month starts over (UTC) or the cap is raised.</source>
        <translation>等待中：本次运行（{estimate} 积分）会超出账户每月 {monthly_cap} 积分的花费上限（本月已用 {spent}）；将在新的一个月开始（UTC）或上限提高后恢复。</translation>
    </message>
    <message>
        <source>Waiting: this run ({estimate} credits) would pass the daily budget of {daily_budget} credits ({committed_today} committed today); resumes at 00:00 UTC, or raise the budget in Settings.</source>
        <translation>等待中：本次运行（{estimate} 积分）会超出 {daily_budget} 积分的每日预算（今日已占用 {committed_today}）；将于 UTC 00:00 恢复，或在设置中提高预算。</translation>
    </message>
    <message>
        <source>Waiting: this run ({estimate} credits) would take “{name}” past its budget of {budget_credits} credits ({committed} committed). Raise the budget to send it.</source>
        <translation>等待中：本次运行（{estimate} 积分）会使“{name}”超出其 {budget_credits} 积分的预算（已占用 {committed}）。提高预算即可发送。</translation>
    </message>
    <message>
        <source>chain {run_key}</source>
        <translation>串联 {run_key}</translation>
    </message>
    <message>
        <source>dispatch queued tasks</source>
        <translation>派发排队的任务</translation>
    </message>
    <message>
        <source>download {task_id}</source>
        <translation>下载 {task_id}</translation>
    </message>
    <message>
        <source>has an unknown outcome</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>need attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>output {number} of run {run} was not saved and has no URL</source>
        <translation>第 {run} 次运行的输出 {number} 未保存，也没有 URL</translation>
    </message>
    <message>
        <source>recount group {group_id}</source>
        <translation>重新统计任务组 {group_id}</translation>
    </message>
    <message>
        <source>run {run} made no output {number}</source>
        <translation>第 {run} 次运行没有生成输出 {number}</translation>
    </message>
    <message>
        <source>poll {task_id}</source>
        <translation>查询 {task_id}</translation>
    </message>
    <message>
        <source>poller</source>
        <translation>轮询</translation>
    </message>
    <message>
        <source>run {run_key} {what}, and its output is this run&apos;s input</source>
        <translation>第 {run_key} 次运行{what}，而它的输出是本次运行的输入</translation>
    </message>
    <message>
        <source>run {run_key}: {message}</source>
        <translation>第 {run_key} 次运行：{message}</translation>
    </message>
    <message>
        <source>submit {task_id}</source>
        <translation>提交 {task_id}</translation>
    </message>
    <message>
        <source>them</source>
        <translation>它们</translation>
    </message>
    <message>
        <source>up to {max_monthly_credit_spend} credits a month</source>
        <translation>每月最多 {max_monthly_credit_spend} 积分</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>{cost_credits} credits so far</source>
        <translation>目前已花费 {cost_credits} 积分</translation>
    </message>
    <message>
        <source>{count} could not be saved: {error}</source>
        <translation>{count}无法保存：{error}</translation>
    </message>
    <message>
        <source>{count} models available</source>
        <translation>可用模型 {count} 个</translation>
    </message>
    <message>
        <source>{count} of {count_2} outputs</source>
        <translation>{count_2} 个输出中的 {count} 个</translation>
    </message>
    <message>
        <source>{count} run is still at Runway; cancel the group first.</source>
        <translation>仍有 {count} 次运行在 Runway；请先取消该分组。</translation>
    </message>
    <message>
        <source>{count} runs ({needed} credits) were not sent: they</source>
        <translation>{count} 次运行（{needed} 积分）未发送：它们</translation>
    </message>
    <message>
        <source>{count} runs are still at Runway; cancel the group first.</source>
        <translation>仍有 {count} 次运行在 Runway；请先取消该分组。</translation>
    </message>
    <message>
        <source>{credits} credits (${value})</source>
        <translation>{credits} 积分（${value}）</translation>
    </message>
    <message>
        <source>{doing} failed unexpectedly ({failure_reason}).</source>
        <translation>{doing}意外失败（{failure_reason}）。</translation>
    </message>
    <message>
        <source>{doing} failed unexpectedly ({name}).</source>
        <translation>{doing}意外失败（{name}）。</translation>
    </message>
    <message>
        <source>{doing} failed unexpectedly ({name}: {text}).</source>
        <translation>{doing}意外失败（{name}：{text}）。</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check your connection and try again.{proxy_hint}</source>
        <translation>{host} 未及时答复。请检查网络连接后重试。{proxy_hint}</translation>
    </message>
    <message>
        <source>{host} rejected this API key (401): check that it is copied in full and not revoked.</source>
        <translation>{host} 拒绝了此 API 密钥（401）：请检查密钥是否复制完整、是否已被吊销。</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{minutes} min {value} s</source>
        <translation>{minutes} 分 {value} 秒</translation>
    </message>
    <message>
        <source>{number} cancelled</source>
        <translation>{number} 个已取消</translation>
    </message>
    <message>
        <source>{number} failed</source>
        <translation>{number} 个失败</translation>
    </message>
    <message>
        <source>{number} need attention</source>
        <translation>{number} 个需要处理</translation>
    </message>
    <message>
        <source>{number} outcome unknown</source>
        <translation>{number} 个结果未知</translation>
    </message>
    <message>
        <source>{reason} Checking again in {delay} s.</source>
        <translation>{reason} {delay} 秒后再次检查。</translation>
    </message>
    <message>
        <source>{reason} Trying again (attempt {value} of {attempts}).</source>
        <translation>{reason} 正在重试（第 {value}/{attempts} 次）。</translation>
    </message>
    <message>
        <source>{refusals}; this one is {lower}.</source>
        <translation>{refusals}；此任务的状态是“{lower}”。</translation>
    </message>
    <message>
        <source>{succeeded} of {total} done</source>
        <translation>已完成 {succeeded}/{total}</translation>
    </message>
    <message>
        <source>A gain of {gain_db} dB is outside the range -60 to +24 dB.</source>
        <translation>增益 {gain_db} dB 超出了 -60 到 +24 dB 的范围。</translation>
    </message>
    <message>
        <source>Adding sound was cancelled; no file was written.</source>
        <translation>添加声音已取消；没有写入文件。</translation>
    </message>
    <message>
        <source>Runway Desktop</source>
        <translation>Runway Desktop</translation>
    </message>
    <message>
        <source>The fade must be zero or more seconds.</source>
        <translation>淡入淡出时长必须为零或更多秒。</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist; create it or choose another output path.</source>
        <translation>文件夹 {parent} 不存在；请创建它或选择其他输出路径。</translation>
    </message>
    <message>
        <source>The output would overwrite {name}; choose another name.</source>
        <translation>输出会覆盖 {name}；请选择其他名称。</translation>
    </message>
    <message>
        <source>The output {name} must end in .mp4 or .mov.</source>
        <translation>输出 {name} 的扩展名必须是 .mp4 或 .mov。</translation>
    </message>
    <message>
        <source>The video&apos;s {codec} picture cannot be copied into {article} {upper} file ({reason}); try saving as {other}, or convert the video to H.264 first.</source>
        <translation>视频的 {codec} 画面无法复制到 {upper} 文件中（{reason}）；请尝试保存为 {other}，或先将视频转换为 H.264。</translation>
    </message>
    <message>
        <source>The {what} file {path} {reason}.</source>
        <translation>{what}文件 {path} {reason}。</translation>
    </message>
    <message>
        <source>The {what} must be a number of decibels.</source>
        <translation>{what}必须是分贝数。</translation>
    </message>
    <message>
        <source>The {what} must be a number of seconds.</source>
        <translation>{what}必须是秒数。</translation>
    </message>
    <message>
        <source>With an offset of {offset} s the sound falls outside the video ({length} s long); choose an offset between {value} and {length_2} seconds.</source>
        <translation>偏移 {offset} 秒时，声音落在视频（时长 {length} 秒）之外；请选择 {value} 到 {length_2} 秒之间的偏移。</translation>
    </message>
    <message>
        <source>Cannot write in {parent} ({failure_reason}).</source>
        <translation>无法写入 {parent}（{failure_reason}）。</translation>
    </message>
    <message>
        <source>Writing {out} failed: {failure_reason}.</source>
        <translation>写入 {out} 失败：{failure_reason}。</translation>
    </message>
    <message>
        <source>add sound {name}</source>
        <translation>添加声音 {name}</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>是文件夹</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>{name} cannot be read as {what} ({reason}).</source>
        <translation>无法将 {name} 读取为{what}（{reason}）。</translation>
    </message>
    <message>
        <source>{name} could not be decoded as {what} ({reason}).</source>
        <translation>无法将 {name} 解码为{what}（{reason}）。</translation>
    </message>
    <message>
        <source>{name} has no sound (no audio stream); choose an audio take.</source>
        <translation>{name} 没有声音（没有音频流）；请选择一个音频成品。</translation>
    </message>
    <message>
        <source>{name} has no video stream; choose a video take.</source>
        <translation>{name} 没有视频流；请选择一个视频成品。</translation>
    </message>
    <message>
        <source>{name} holds no sound to add.</source>
        <translation>{name} 中没有可添加的声音。</translation>
    </message>
    <message>
        <source>{name} holds no video frames with timestamps; it cannot be copied.</source>
        <translation>{name} 中没有带时间戳的视频帧；无法复制。</translation>
    </message>
    <message>
        <source>{name} holds no video frames.</source>
        <translation>{name} 中没有视频帧。</translation>
    </message>
    <message>
        <source>{name} is damaged {reached} s in ({reason}); no file was written.</source>
        <translation>{name} 在 {reached} 秒处已损坏（{reason}）；没有写入文件。</translation>
    </message>
    <message>
        <source>No API key yet.</source>
        <translation>尚未设置 API 密钥。</translation>
    </message>
    <message>
        <source>No system keychain is available, so the key is kept for this session only and will be asked for again next time. It is never written to a file.</source>
        <translation>没有可用的系统钥匙串，因此密钥只在本次运行期间保留，下次启动时会再次询问。它永远不会写入文件。</translation>
    </message>
    <message>
        <source>No system keychain is available: a key you enter is kept for this session only.</source>
        <translation>没有可用的系统钥匙串：您输入的密钥只在本次运行期间保留。</translation>
    </message>
    <message>
        <source>Cannot write to {folder} ({failure_reason}). Choose another library folder.</source>
        <translation>无法写入 {folder}（{failure_reason}）。请选择其他素材库文件夹。</translation>
    </message>
    <message>
        <source>Saving to {folder} failed: {failure_reason}.</source>
        <translation>保存到 {folder} 失败：{failure_reason}。</translation>
    </message>
    <message>
        <source>Stored in the system keychain ({backend}).</source>
        <translation>已存储在系统钥匙串中（{backend}）。</translation>
    </message>
    <message>
        <source>Tasks sent at once must be between 1 and {max_concurrent_limit}, not {max_concurrent_tasks}.</source>
        <translation>同时发送的任务数必须在 1 到 {max_concurrent_limit} 之间，而不是 {max_concurrent_tasks}。</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>API 密钥为空。</translation>
    </message>
    <message>
        <source>The daily budget must be between 0 (none) and {warn_limit} credits, not {daily_budget_credits}.</source>
        <translation>每日预算必须在 0（不限）到 {warn_limit} 积分之间，而不是 {daily_budget_credits}。</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full, so the output could not be saved.</source>
        <translation>{folder} 所在的磁盘已满，因此无法保存输出。</translation>
    </message>
    <message>
        <source>The download was incomplete ({actual} of {size} bytes).</source>
        <translation>下载不完整（{size} 字节中只有 {actual} 字节）。</translation>
    </message>
    <message>
        <source>The downloaded file does not decode ({reason}).</source>
        <translation>下载的文件无法解码（{reason}）。</translation>
    </message>
    <message>
        <source>The language must be one of {languages}, not {language}.</source>
        <translation>语言必须是 {languages} 之一，而不是 {language}。</translation>
    </message>
    <message>
        <source>The library folder {library_dir} must be a full path.</source>
        <translation>素材库文件夹 {library_dir} 必须是完整路径。</translation>
    </message>
    <message>
        <source>The server sent an empty file instead of the output.</source>
        <translation>服务器发来的是空文件，而不是输出。</translation>
    </message>
    <message>
        <source>The server sent something that is not a media file ({why}), so it was not saved.</source>
        <translation>服务器发来的不是媒体文件（{why}），因此未保存。</translation>
    </message>
    <message>
        <source>The setting {name} was ignored: {exc}.</source>
        <translation>已忽略设置 {name}：{exc}。</translation>
    </message>
    <message>
        <source>The settings file holds no JSON object; using the defaults.</source>
        <translation>设置文件中没有 JSON 对象；将使用默认值。</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}).</source>
        <translation>无法读取设置文件 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The settings file {path} is not valid JSON (line {lineno}); using the defaults.</source>
        <translation>设置文件 {path} 不是有效的 JSON（第 {lineno} 行）；将使用默认值。</translation>
    </message>
    <message>
        <source>The system keychain could not be read: {failure_reason}</source>
        <translation>无法读取系统钥匙串：{failure_reason}</translation>
    </message>
    <message>
        <source>The theme must be one of {themes}, not {theme}.</source>
        <translation>主题必须是 {themes} 之一，而不是 {theme}。</translation>
    </message>
    <message>
        <source>The warning threshold must be between 0 and {warn_limit} credits, not {warn_above_credits}.</source>
        <translation>警告阈值必须在 0 到 {warn_limit} 积分之间，而不是 {warn_above_credits}。</translation>
    </message>
    <message>
        <source>There is no filter &apos;{name}&apos; for the history (states, text, {filters}).</source>
        <translation>历史没有筛选条件“{name}”（可用：states、text、{filters}）。</translation>
    </message>
    <message>
        <source>Using the key from {env_var}; it overrides the keychain for this process.</source>
        <translation>正在使用 {env_var} 中的密钥；在本进程中它优先于钥匙串。</translation>
    </message>
    <message>
        <source>it is {kind} ({mime}), which a {tab} model does not produce</source>
        <translation>它是{kind}（{mime}），而{tab}模型不会生成这种文件</translation>
    </message>
    <message>
        <source>it is {name}</source>
        <translation>它是{name}</translation>
    </message>
    <message>
        <source>its content is not any media format</source>
        <translation>其内容不是任何媒体格式</translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation>存储尚未打开</translation>
    </message>
    <message>
        <source>{message} The default is used instead.</source>
        <translation>{message} 将改用默认值。</translation>
    </message>
    <message>
        <source>{value} is not a {name}</source>
        <translation>{value} 不是 {name}</translation>
    </message>
    <message>
        <source>Cannot create {folder}: {failure_reason}.</source>
        <translation>无法创建 {folder}：{failure_reason}。</translation>
    </message>
    <message>
        <source>Copying {name} to {folder} failed: {failure_reason}.</source>
        <translation>将 {name} 复制到 {folder} 失败：{failure_reason}。</translation>
    </message>
    <message>
        <source>Highest rated</source>
        <translation>评分最高</translation>
    </message>
    <message>
        <source>Model (A–Z)</source>
        <translation>模型（A–Z）</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早优先</translation>
    </message>
    <message>
        <source>a rating is 0 to 5 stars, not {rating}</source>
        <translation>评分为 0 到 5 星，而不是 {rating}</translation>
    </message>
    <message>
        <source>the takes index is not open</source>
        <translation>成品索引尚未打开</translation>
    </message>
    <message>
        <source>{name} is no longer at {parent}; it was not exported.</source>
        <translation>{name} 已不在 {parent}；未导出。</translation>
    </message>
    <message>
        <source>{target} exists again, so the trashed copy was left in the trash.</source>
        <translation>{target} 已重新存在，因此回收站中的副本留在了回收站。</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>路径中的某一部分不是文件夹</translation>
    </message>
    <message>
        <source>DNS could not find the server&apos;s name</source>
        <translation>DNS 找不到该服务器的域名</translation>
    </message>
    <message>
        <source>a secure TLS connection could not be set up</source>
        <translation>无法建立 TLS 安全连接</translation>
    </message>
    <message>
        <source>another program is holding the database</source>
        <translation>另一个程序正在占用数据库</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>the connection was aborted</source>
        <translation>连接被中止</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>连接被重置</translation>
    </message>
    <message>
        <source>the data is not in a format that can be decoded</source>
        <translation>数据格式无法解码</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>无法打开数据库文件</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation>数据库文件为只读</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>磁盘报告输入/输出错误</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>the host is unreachable</source>
        <translation>无法访问该主机</translation>
    </message>
    <message>
        <source>the keychain is locked</source>
        <translation>钥匙串已锁定</translation>
    </message>
    <message>
        <source>the network is down</source>
        <translation>网络已断开</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>网络不可达</translation>
    </message>
    <message>
        <source>the operation is not permitted</source>
        <translation>不允许执行此操作</translation>
    </message>
    <message>
        <source>the other side closed the connection</source>
        <translation>对方关闭了连接</translation>
    </message>
    <message>
        <source>the server closed the connection before answering in full</source>
        <translation>服务器在完整答复之前关闭了连接</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate could not be verified</source>
        <translation>无法验证服务器的 TLS 证书</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>打开的文件过多</translation>
    </message>
</context>
</TS>
