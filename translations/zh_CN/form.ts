<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChoiceField</name>
    <message>
        <source>Auto (standard checks)</source>
        <translation>自动（标准审核）</translation>
    </message>
    <message>
        <source>Low (fewer checks on public figures)</source>
        <translation>低（放宽对公众人物的审核）</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>模型默认</translation>
    </message>
    <message>
        <source>Default ({value})</source>
        <translation>默认（{value}）</translation>
    </message>
</context>
<context>
    <name>DropRouting</name>
    <message>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <source>{name} could not be taken: {error}</source>
        <translation>无法接收 {name}：{error}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an image, but {where} has no place for an image.</source>
        <translation>“{name}”是图像，但 {where} 没有可放图像的位置。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a video, but {where} has no place for a video.</source>
        <translation>“{name}”是视频，但 {where} 没有可放视频的位置。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an audio file, but {where} has no place for an audio file.</source>
        <translation>“{name}”是音频文件，但 {where} 没有可放音频文件的位置。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is this kind of file, but {where} has no place for this kind of file.</source>
        <translation>{where} 没有可放“{name}”这类文件的位置。</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>pasted image</source>
        <translation>粘贴的图像</translation>
    </message>
</context>
<context>
    <name>DurationField</name>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>{low} to {high} seconds</source>
        <translation>{low} 到 {high} 秒</translation>
    </message>
    <message>
        <source>Let the model choose the length</source>
        <translation>由模型决定时长</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>{field} *</source>
        <translation>{field} *</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Required.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;必填。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>GenerateFooter</name>
    <message>
        <source>Generate bar</source>
        <translation>生成栏</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Batch…</source>
        <translation>批量…</translation>
    </message>
    <message>
        <source>Plan this request over several prompts, seeds, models, ratios…</source>
        <translation>用多个提示词、种子、模型、画幅比例……批量规划此请求</translation>
    </message>
    <message>
        <source>Generate (Ctrl+Enter)</source>
        <translation>生成（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>GenerateTab</name>
    <message>
        <source>Add a Runway API key in Settings, or try the offline simulator.</source>
        <translation>请在设置中添加 Runway API 密钥，或试用离线模拟器。</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>This {model} generation</source>
        <translation>这次 {model} 生成</translation>
    </message>
    <message>
        <source>Added to the queue: {model}</source>
        <translation>已加入队列：{model}</translation>
    </message>
    <message>
        <source>Added to the queue: {model} · seed {seed}</source>
        <translation>已加入队列：{model} · 种子 {seed}</translation>
    </message>
    <message>
        <source>{model} is not offered any more, so its parameters cannot be used.</source>
        <translation>{model} 已不再提供，因此无法使用其参数。</translation>
    </message>
    <message>
        <source>{model} ({endpoint})</source>
        <translation>{model}（{endpoint}）</translation>
    </message>
</context>
<context>
    <name>JsonField</name>
    <message>
        <source>Empty: the model&apos;s defaults apply.</source>
        <translation>留空：使用模型的默认值。</translation>
    </message>
    <message>
        <source>Not valid JSON yet: {error} (line {line}, column {column}).</source>
        <translation>还不是有效的 JSON：{error}（第 {line} 行，第 {column} 列）。</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>JSON 有效。</translation>
    </message>
</context>
<context>
    <name>KeyframeRow</name>
    <message>
        <source>seconds from the start</source>
        <translation>距开头的秒数</translation>
    </message>
    <message>
        <source>fraction of the video (0–1)</source>
        <translation>视频中的位置比例（0–1）</translation>
    </message>
    <message>
        <source>Keyframe time unit</source>
        <translation>关键帧时间单位</translation>
    </message>
    <message>
        <source>Keyframe time</source>
        <translation>关键帧时间</translation>
    </message>
    <message>
        <source>Remove keyframe</source>
        <translation>移除关键帧</translation>
    </message>
</context>
<context>
    <name>KeyframesField</name>
    <message>
        <source>Add keyframe</source>
        <translation>添加关键帧</translation>
    </message>
    <message>
        <source>Up to {count} keyframes</source>
        <translation>最多 {count} 个关键帧</translation>
    </message>
</context>
<context>
    <name>LanguageField</name>
    <message>
        <source>Search languages…</source>
        <translation>搜索语言…</translation>
    </message>
    <message>
        <source>Automatic (detect)</source>
        <translation>自动（检测）</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>模型默认</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯语</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>保加利亚语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>克罗地亚语</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>捷克语</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>丹麦语</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>荷兰语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>菲律宾语</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>芬兰语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>希腊语</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>印地语</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>印度尼西亚语</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>马来语</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>波兰语</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>罗马尼亚语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>斯洛伐克语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>瑞典语</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>泰米尔语</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>土耳其语</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>乌克兰语</translation>
    </message>
    <message>
        <source>{language} ({code})</source>
        <translation>{language} ({code})</translation>
    </message>
</context>
<context>
    <name>MediaAdmission</name>
    <message>
        <source>an image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>inline, {size}</source>
        <translation>内联，{size}</translation>
    </message>
    <message>
        <source>upload, {size}</source>
        <translation>上传，{size}</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; looks like {kind}, but {field} takes {takes}.</source>
        <translation>“{name}”看起来是{kind}，但“{field}”只接受{takes}。</translation>
    </message>
    <message>
        <source>from {host}</source>
        <translation>来自 {host}</translation>
    </message>
    <message>
        <source>link: Runway downloads it</source>
        <translation>链接：由 Runway 下载</translation>
    </message>
</context>
<context>
    <name>MediaCell</name>
    <message>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>尾帧</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>VIDEO</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>AUDIO</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>LINK</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Drop {wanted} here, paste it (Ctrl+V), or</source>
        <translation>拖放或粘贴（Ctrl+V）{wanted}，或</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Mention it in the prompt as @tag (3–16 letters, digits or _)</source>
        <translation>在提示词中以 @标签 引用它（3–16 个字母、数字或 _）</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Any subject</source>
        <translation>任意主体</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <source>Choose another file (or drop one here)</source>
        <translation>选择另一个文件（或拖放到这里）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>{name}, {details}</source>
        <translation>{name}，{details}</translation>
    </message>
    <message>
        <source>empty, drop or paste {wanted}</source>
        <translation>空，拖放或粘贴{wanted}</translation>
    </message>
    <message>
        <source>{field}: {held}</source>
        <translation>{field}：{held}</translation>
    </message>
    <message>
        <source>Drop a file here, press Ctrl+V to paste, or use Choose</source>
        <translation>将文件拖放到这里、按 Ctrl+V 粘贴，或点击“选择文件”</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <source>Sent {how}</source>
        <translation>发送方式：{how}</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>MediaSlot</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.mkv *.webm *.m4v)</source>
        <translation>视频 (*.mp4 *.mov *.mkv *.webm *.m4v)</translation>
    </message>
    <message>
        <source>Audio (*.mp3 *.wav *.flac *.m4a *.aac)</source>
        <translation>音频 (*.mp3 *.wav *.flac *.m4a *.aac)</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 张图像</translation>
    </message>
    <message>
        <source>{count} images</source>
        <translation>{count} 张图像</translation>
    </message>
    <message>
        <source>1 video</source>
        <translation>1 个视频</translation>
    </message>
    <message>
        <source>{count} videos</source>
        <translation>{count} 个视频</translation>
    </message>
    <message>
        <source>1 audio file</source>
        <translation>1 个音频文件</translation>
    </message>
    <message>
        <source>{count} audio files</source>
        <translation>{count} 个音频文件</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 个文件</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>{count} 个文件</translation>
    </message>
    <message>
        <source>images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>audio files</source>
        <translation>音频文件</translation>
    </message>
    <message>
        <source>files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Up to {items}. Tag each one to mention it in the prompt as @tag.</source>
        <translation>最多 {items}。为每个文件加上标签，即可在提示词中以 @标签 引用。</translation>
    </message>
    <message>
        <source>Up to {items}.</source>
        <translation>最多 {items}。</translation>
    </message>
    <message>
        <source>Any number of {items}. Tag each one to mention it in the prompt as @tag.</source>
        <translation>{items}数量不限。为每个文件加上标签，即可在提示词中以 @标签 引用。</translation>
    </message>
    <message>
        <source>Any number of {items}.</source>
        <translation>{items}数量不限。</translation>
    </message>
    <message>
        <source>{field}, {place}</source>
        <translation>{field}，{place}</translation>
    </message>
    <message>
        <source>{field} takes {items} at most; 1 more was not added.</source>
        <translation>“{field}”最多接受 {items}；另有 1 个未添加。</translation>
    </message>
    <message>
        <source>{field} takes {items} at most; {count} more were not added.</source>
        <translation>“{field}”最多接受 {items}；另有 {count} 个未添加。</translation>
    </message>
    <message>
        <source>Choose {wanted} for {field}</source>
        <translation>为“{field}”选择{wanted}</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}.</source>
        <translation>无法读取 {name}：{error}。</translation>
    </message>
    <message>
        <source>{name} could not be taken: {error}</source>
        <translation>无法接收 {name}：{error}</translation>
    </message>
</context>
<context>
    <name>ModelForm</name>
    <message>
        <source>More settings ({count})</source>
        <translation>更多设置（{count}）</translation>
    </message>
</context>
<context>
    <name>ModelHeader</name>
    <message>
        <source>Inputs: {inputs}   ·   Price: {price}</source>
        <translation>输入：{inputs}   ·   价格：{price}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Drop files anywhere on this form ({kinds}): each goes to the first place that takes it.</source>
        <translation>可将文件（{kinds}）拖放到此表单的任意位置：每个文件都会放入第一个接受它的位置。</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>keyframes</source>
        <translation>关键帧</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>target language</source>
        <translation>目标语言</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>price not published</source>
        <translation>未公布价格</translation>
    </message>
    <message>
        <source>{kinds} (first/last frame)</source>
        <translation>{kinds}（首帧/尾帧）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>no required inputs</source>
        <translation>无必需输入</translation>
    </message>
    <message>
        <source>{needed} · optional: {optional}</source>
        <translation>{needed} · 可选：{optional}</translation>
    </message>
    <message>
        <source>Search models…</source>
        <translation>搜索模型…</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>搜索模型</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Choose a model with the arrow keys; its form opens beside it</source>
        <translation>用方向键选择模型，其表单会在旁边打开</translation>
    </message>
    <message>
        <source>Use {model}</source>
        <translation>使用 {model}</translation>
    </message>
    <message>
        <source>{model} (featured)</source>
        <translation>{model}（推荐）</translation>
    </message>
    <message>
        <source>Inputs: {inputs}&lt;br&gt;Price: {price}</source>
        <translation>输入：{inputs}&lt;br&gt;价格：{price}</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Default ({value})</source>
        <translation>默认（{value}）</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>From {low} to {high}</source>
        <translation>从 {low} 到 {high}</translation>
    </message>
    <message>
        <source>default {value}</source>
        <translation>默认 {value}</translation>
    </message>
    <message>
        <source>at least {value}</source>
        <translation>至少 {value}</translation>
    </message>
    <message>
        <source>at most {value}</source>
        <translation>至多 {value}</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>模型默认</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数字</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>Describe the shot: the subject, what happens, the camera and the light…</source>
        <translation>描述镜头：主体、发生的事、机位与光线…</translation>
    </message>
    <message>
        <source>Describe the motion: what moves in the image and how the camera moves…</source>
        <translation>描述运动：图像中什么在动，镜头如何移动…</translation>
    </message>
    <message>
        <source>Describe how the video should change: its style, look or setting…</source>
        <translation>描述视频应如何改变：风格、外观或场景…</translation>
    </message>
    <message>
        <source>Describe the image: the subject, the setting and the style…</source>
        <translation>描述图像：主体、场景与风格…</translation>
    </message>
    <message>
        <source>Type the words to be spoken, exactly as they should be said…</source>
        <translation>输入要朗读的文字，按应有的说法原样书写…</translation>
    </message>
    <message>
        <source>Describe the sound: what makes it, where, and how it changes…</source>
        <translation>描述声音：由什么发出、在哪里、如何变化…</translation>
    </message>
    <message>
        <source>Describe the sound to add to the video…</source>
        <translation>描述要为视频添加的声音…</translation>
    </message>
    <message>
        <source>Describe what you want the model to make…</source>
        <translation>描述您想让模型生成的内容…</translation>
    </message>
</context>
<context>
    <name>PromptField</name>
    <message>
        <source>1 character</source>
        <translation>1 个字符</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} 个字符</translation>
    </message>
    <message>
        <source>Counted as Runway counts: most emoji count as two.</source>
        <translation>按 Runway 的方式计数：大多数表情符号算作两个字符。</translation>
    </message>
    <message>
        <source>Describe what you want to see or hear…</source>
        <translation>描述您想看到或听到的内容…</translation>
    </message>
</context>
<context>
    <name>QuoteLabel</name>
    <message>
        <source>1 credit</source>
        <translation>1 积分</translation>
    </message>
    <message>
        <source>{count} credits</source>
        <translation>{count} 积分</translation>
    </message>
    <message>
        <source>${amount}</source>
        <translation>US${amount}</translation>
    </message>
    <message>
        <source>Price not published</source>
        <translation>未公布价格</translation>
    </message>
    <message>
        <source>{credits} · {dollars}</source>
        <translation>{credits} · {dollars}</translation>
    </message>
    <message>
        <source>Estimated {price}</source>
        <translation>预计 {price}</translation>
    </message>
</context>
<context>
    <name>RatioPicker</name>
    <message>
        <source>Model default</source>
        <translation>模型默认</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Let the model choose its default size</source>
        <translation>由模型选择其默认尺寸</translation>
    </message>
    <message>
        <source>Ratio {name}, {pixels}</source>
        <translation>画幅比例 {name}，{pixels}</translation>
    </message>
    <message>
        <source>Ratio: {name}</source>
        <translation>画幅比例：{name}</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>{name} carries no generation settings (it was not saved by Runway Desktop, or an editor removed them), so there is nothing to fill the form with. Choose an output saved by the app.</source>
        <translation>{name} 不含生成设置（它不是由 Runway Desktop 保存的，或编辑器删除了这些设置），因此没有可填入表单的内容。请选择由本应用保存的输出。</translation>
    </message>
    <message>
        <source>{name} carries settings, but they name no model this app knows; the form is unchanged.</source>
        <translation>{name} 含有设置，但其中的模型本应用并不认识；表单未做更改。</translation>
    </message>
    <message>
        <source>Settings from {name} are in the form: {model}.</source>
        <translation>{name} 的设置已填入表单：{model}。</translation>
    </message>
    <message>
        <source>Settings from {name} are in the form: {model} · seed {seed}.</source>
        <translation>{name} 的设置已填入表单：{model} · 种子 {seed}。</translation>
    </message>
    <message>
        <source>Input or settings?</source>
        <translation>作为输入还是使用设置？</translation>
    </message>
    <message>
        <source>{name} was made with {model}. Use the file as an input of this form, or fill the form with the settings it was made with?</source>
        <translation>{name} 是用 {model} 生成的。要将该文件用作此表单的输入，还是用生成它时的设置填写表单？</translation>
    </message>
    <message>
        <source>Use as input</source>
        <translation>用作输入</translation>
    </message>
    <message>
        <source>Use its settings</source>
        <translation>使用其设置</translation>
    </message>
    <message>
        <source>{name} cannot be read ({error}).</source>
        <translation>无法读取 {name}（{error}）。</translation>
    </message>
</context>
<context>
    <name>RestoreFromFile</name>
    <message>
        <source>Use the settings of an output file</source>
        <translation>使用输出文件的设置</translation>
    </message>
    <message>
        <source>Outputs (*.png *.jpg *.jpeg *.webp *.mp4 *.mov *.mp3 *.wav *.flac *.m4a)</source>
        <translation>输出 (*.png *.jpg *.jpeg *.webp *.mp4 *.mov *.mp3 *.wav *.flac *.m4a)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The settings in {name} could not be read: {error}</source>
        <translation>无法读取 {name} 中的设置：{error}</translation>
    </message>
</context>
<context>
    <name>SeedField</name>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Random: a new seed is drawn for every generation, sent with it and kept in the history and the sidecar, so any take can be made again. Fixed: the same seed every time.</source>
        <translation>随机：每次生成都会抽取新的种子，随请求发送并保存在历史记录和附属文件中，因此任何成品都可以重新生成。固定：每次使用同一个种子。</translation>
    </message>
    <message>
        <source>Pick a new random seed</source>
        <translation>抽取新的随机种子</translation>
    </message>
    <message>
        <source>New random seed</source>
        <translation>新的随机种子</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Seed: random or fixed</source>
        <translation>种子：随机或固定</translation>
    </message>
    <message>
        <source>The seed: drawn anew for each generation, or fixed</source>
        <translation>种子：每次生成重新抽取，或保持固定</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
</context>
<context>
    <name>VoiceField</name>
    <message>
        <source>Search voices…</source>
        <translation>搜索声音…</translation>
    </message>
</context>
</TS>
