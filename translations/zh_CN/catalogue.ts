<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Catalogue</name>
    <message>
        <source>1 to 4 images to edit. With several, the instruction describes how to combine them.</source>
        <translation>1 到 4 张要编辑的图像。有多张时，由指令说明如何组合它们。</translation>
    </message>
    <message>
        <source>A HTTPS URL, Runway upload URI, or base64 data URI (e.g. `data:audio/mp3;base64,...`, up to 5MB) containing an encoded audio. See [our docs](/assets/inputs#audio) on audio inputs for more information.</source>
        <translation>HTTPS URL、Runway 上传 URI 或 base64 data URI（例如 `data:audio/mp3;base64,...`，最大 5MB），内含编码后的音频。有关音频输入的详情，请参阅[我们的文档](/assets/inputs#audio)。</translation>
    </message>
    <message>
        <source>A HTTPS URL, Runway upload URI, or base64 data URI (e.g. `data:image/png;base64,...`, up to 5MB) containing an encoded image. See [our docs](/assets/inputs#images) on image inputs for more information.</source>
        <translation>HTTPS URL、Runway 上传 URI 或 base64 data URI（例如 `data:image/png;base64,...`，最大 5MB），内含编码后的图像。有关图像输入的详情，请参阅[我们的文档](/assets/inputs#images)。</translation>
    </message>
    <message>
        <source>A HTTPS URL, Runway upload URI, or base64 data URI (e.g. `data:video/mp4;base64,...`, up to 5MB) containing an encoded video. See [our docs](/assets/inputs#videos) on video inputs for more information.</source>
        <translation>HTTPS URL、Runway 上传 URI 或 base64 data URI（例如 `data:video/mp4;base64,...`，最大 5MB），内含编码后的视频。有关视频输入的详情，请参阅[我们的文档](/assets/inputs#videos)。</translation>
    </message>
    <message>
        <source>A boolean indicating whether to enable body control. When enabled, non-facial movements and gestures will be applied to the character in addition to facial expressions.</source>
        <translation>是否启用身体控制。启用后，除面部表情外，非面部的动作和手势也会应用到角色上。</translation>
    </message>
    <message>
        <source>A description of the image you want to generate.</source>
        <translation>对要生成的图像的描述。</translation>
    </message>
    <message>
        <source>A description of the sound effects to generate.</source>
        <translation>对要生成的音效的描述。</translation>
    </message>
    <message>
        <source>A non-empty and optional string describing what should appear in the output.</source>
        <translation>可选的非空字符串，描述输出中应出现的内容。</translation>
    </message>
    <message>
        <source>A non-empty instruction describing the edit to apply.</source>
        <translation>描述要进行的编辑的非空指令。</translation>
    </message>
    <message>
        <source>A non-empty prompt describing the output or extension.</source>
        <translation>描述输出或延长内容的非空提示词。</translation>
    </message>
    <message>
        <source>A non-empty string describing the desired image.</source>
        <translation>描述所需图像的非空字符串。</translation>
    </message>
    <message>
        <source>A non-empty string up to 1000 characters (measured in UTF-16 code units). This should describe in detail what should appear in the output.</source>
        <translation>不超过 1000 个字符（按 UTF-16 码元计）的非空字符串，应详细描述输出中应出现的内容。</translation>
    </message>
    <message>
        <source>A non-empty string up to 2500 characters (measured in UTF-16 code units). This should describe in detail what should appear in the output.</source>
        <translation>不超过 2500 个字符（按 UTF-16 码元计）的非空字符串，应详细描述输出中应出现的内容。</translation>
    </message>
    <message>
        <source>A non-empty string up to 32,000 characters describing the desired image.</source>
        <translation>不超过 32,000 个字符的非空字符串，描述所需的图像。</translation>
    </message>
    <message>
        <source>A non-empty string up to 4,000 characters describing the desired image.</source>
        <translation>不超过 4,000 个字符的非空字符串，描述所需的图像。</translation>
    </message>
    <message>
        <source>A non-empty text prompt describing how the video should evolve between the provided frames.</source>
        <translation>非空的文本提示词，描述视频在给定各帧之间应如何演变。</translation>
    </message>
    <message>
        <source>A non-empty text prompt describing the video to generate.</source>
        <translation>非空的文本提示词，描述要生成的视频。</translation>
    </message>
    <message>
        <source>A non-empty text prompt describing what should appear in the output image.</source>
        <translation>非空的文本提示词，描述输出图像中应出现的内容。</translation>
    </message>
    <message>
        <source>A non-empty text prompt describing what should appear in the output.</source>
        <translation>非空的文本提示词，描述输出中应出现的内容。</translation>
    </message>
    <message>
        <source>A non-empty text prompt up to 3500 characters describing what should appear in the output.</source>
        <translation>不超过 3500 个字符的非空文本提示词，描述输出中应出现的内容。</translation>
    </message>
    <message>
        <source>A non-empty text prompt. For text-to-speech, the words to speak. For text-to-audio, a scene description that can include voice direction, dialogue, music, and sound effects.</source>
        <translation>非空的文本提示词。文本转语音时，是要朗读的文字；文本转音频时，是场景描述，可包含语音指导、对白、音乐和音效。</translation>
    </message>
    <message>
        <source>A preferred background color as a six-digit hex string.</source>
        <translation>首选背景色，六位十六进制字符串。</translation>
    </message>
    <message>
        <source>A seed for reproducible generation.</source>
        <translation>用于可复现生成的种子。</translation>
    </message>
    <message>
        <source>A string up to 2500 characters (measured in UTF-16 code units) describing motion or changes in the output video.</source>
        <translation>不超过 2500 个字符（按 UTF-16 码元计）的字符串，描述输出视频中的运动或变化。</translation>
    </message>
    <message>
        <source>A text description of the sound effect to generate.</source>
        <translation>对要生成的音效的文字描述。</translation>
    </message>
    <message>
        <source>A text prompt describing how to edit the video.</source>
        <translation>描述如何编辑视频的文本提示词。</translation>
    </message>
    <message>
        <source>A text prompt describing what should appear in the output video.</source>
        <translation>描述输出视频中应出现的内容的文本提示词。</translation>
    </message>
    <message>
        <source>A text prompt describing what should happen in the video.</source>
        <translation>描述视频中应发生什么的文本提示词。</translation>
    </message>
    <message>
        <source>A video of a person performing in the manner that you would like your character to perform. The video must be between 3 and 30 seconds in duration.</source>
        <translation>一段人物表演的视频，展示您希望角色如何表演。视频时长必须在 3 到 30 秒之间。</translation>
    </message>
    <message>
        <source>A voice preset from the RunwayML API.</source>
        <translation>RunwayML API 提供的预设声音。</translation>
    </message>
    <message>
        <source>Adaptive</source>
        <translation>自适应</translation>
    </message>
    <message>
        <source>Alibaba Wan 3 Prime: the higher-quality Wan 3.</source>
        <translation>阿里巴巴 Wan 3 Prime：更高质量的 Wan 3。</translation>
    </message>
    <message>
        <source>Alibaba Wan 3: video with image, video and audio references.</source>
        <translation>阿里巴巴 Wan 3：支持图像、视频和音频参考的视频生成。</translation>
    </message>
    <message>
        <source>An array of one to three images to be used as references for the generated image output.</source>
        <translation>由一到三张图像组成的数组，用作生成图像的参考。</translation>
    </message>
    <message>
        <source>An array of reference images for multi-image fusion and interactive editing. Reference by upload order in prompt text (Figure 1, Figure 2, etc.).</source>
        <translation>用于多图融合和交互式编辑的参考图像数组。在提示词中按上传顺序引用（图 1、图 2 等）。</translation>
    </message>
    <message>
        <source>An array of up to 14 images to be used as references for the generated image output. Up to five can pass `subject: &quot;human&quot;` and up to nine can pass `subject: &quot;object&quot;`.</source>
        <translation>最多 14 张图像组成的数组，用作生成图像的参考。其中最多五张可传入 `subject: &quot;human&quot;`，最多九张可传入 `subject: &quot;object&quot;`。</translation>
    </message>
    <message>
        <source>An array of up to 14 images to be used as references for the generated image output. Up to five of those images can pass `subject: &quot;human&quot;` to maintain character consistency, and up to nine of those images can pass `subject: &quot;object&quot;` with high-fidelity images of objects to include in the output.</source>
        <translation>最多 14 张图像组成的数组，用作生成图像的参考。其中最多五张可传入 `subject: &quot;human&quot;` 以保持角色一致，最多九张可传入 `subject: &quot;object&quot;`，提供要包含在输出中的物体的高保真图像。</translation>
    </message>
    <message>
        <source>An array of up to 16 images to be used as references for the generated image output. No two images may share the same tag.</source>
        <translation>最多 16 张图像组成的数组，用作生成图像的参考。任意两张图像不能使用相同的标签。</translation>
    </message>
    <message>
        <source>An array of up to 16 images to be used as references for the generated image output. No two images may share the same tag. Each reference image adds 1 credit per generated image.</source>
        <translation>最多 16 张图像组成的数组，用作生成图像的参考。任意两张图像不能使用相同的标签。每张参考图像会使每张生成图像多花 1 积分。</translation>
    </message>
    <message>
        <source>An array of up to three images to be used as references for the generated image output.</source>
        <translation>最多三张图像组成的数组，用作生成图像的参考。</translation>
    </message>
    <message>
        <source>An audio file containing dialogue to be processed.</source>
        <translation>包含待处理对白的音频文件。</translation>
    </message>
    <message>
        <source>An image or array of images. Use position `first`/`last` for keyframe mode, or omit position for reference images. The two modes cannot be mixed.</source>
        <translation>一张图像或图像数组。使用位置 `first`/`last` 为关键帧模式，省略位置则为参考图像。两种模式不能混用。</translation>
    </message>
    <message>
        <source>An image to remix. The prompt describes how the output should differ from it.</source>
        <translation>要重新演绎的图像。提示词描述输出应与它有何不同。</translation>
    </message>
    <message>
        <source>An image to use as the first frame of the output video. Gemini Omni Flash only supports a first frame.</source>
        <translation>用作输出视频首帧的图像。Gemini Omni Flash 仅支持首帧。</translation>
    </message>
    <message>
        <source>An image to use as the first frame, or an array containing a first frame and optional last frame.</source>
        <translation>用作首帧的图像，或包含首帧和可选尾帧的数组。</translation>
    </message>
    <message>
        <source>An image to use as the first frame, or an array with a first frame and optionally a last frame. A last frame requires a first frame. Each image must be at least 256 pixels on both sides.</source>
        <translation>用作首帧的图像，或包含首帧和可选尾帧的数组。使用尾帧时必须有首帧。每张图像的两边都至少需要 256 像素。</translation>
    </message>
    <message>
        <source>An instruction describing how to edit the reference images.</source>
        <translation>描述如何编辑参考图像的指令。</translation>
    </message>
    <message>
        <source>An integer between 1 and 5 (inclusive). A larger value increases the intensity of the character&apos;s expression.</source>
        <translation>1 到 5 之间的整数（含两端）。数值越大，角色的表情越强烈。</translation>
    </message>
    <message>
        <source>An optional array of audio references. Audio references require a text prompt, and the total combined duration must not exceed 15 seconds.</source>
        <translation>可选的参考音频数组。使用参考音频需要文本提示词，且总时长不得超过 15 秒。</translation>
    </message>
    <message>
        <source>An optional array of audio references. Audio references require at least one image reference, and each clip must be between 3 and 15 seconds.</source>
        <translation>可选的参考音频数组。使用参考音频至少需要一张参考图像，且每段音频须在 3 到 15 秒之间。</translation>
    </message>
    <message>
        <source>An optional array of audio references. The total combined duration must be less than 30 seconds.</source>
        <translation>可选的参考音频数组。总时长必须少于 30 秒。</translation>
    </message>
    <message>
        <source>An optional array of audio references. The total combined duration must not exceed 15 seconds.</source>
        <translation>可选的参考音频数组。总时长不得超过 15 秒。</translation>
    </message>
    <message>
        <source>An optional array of audio references. The total combined duration must not exceed 30 seconds.</source>
        <translation>可选的参考音频数组。总时长不得超过 30 秒。</translation>
    </message>
    <message>
        <source>An optional array of image references (up to 10). See [our docs](/assets/inputs#images) on image inputs for more information.</source>
        <translation>可选的参考图像数组（最多 10 张）。有关图像输入的详情，请参阅[我们的文档](/assets/inputs#images)。</translation>
    </message>
    <message>
        <source>An optional array of image references (up to 30). See [our docs](/assets/inputs#images) on image inputs for more information.</source>
        <translation>可选的参考图像数组（最多 30 张）。有关图像输入的详情，请参阅[我们的文档](/assets/inputs#images)。</translation>
    </message>
    <message>
        <source>An optional array of image references (up to 9). See [our docs](/assets/inputs#images) on image inputs for more information.</source>
        <translation>可选的参考图像数组（最多 9 张）。有关图像输入的详情，请参阅[我们的文档](/assets/inputs#images)。</translation>
    </message>
    <message>
        <source>An optional array of image references to guide the edit.</source>
        <translation>可选的参考图像数组，用于引导编辑。</translation>
    </message>
    <message>
        <source>An optional array of image references to guide the output.</source>
        <translation>可选的参考图像数组，用于引导输出。</translation>
    </message>
    <message>
        <source>An optional array of image references. Referenced images can be addressed in the prompt as [Image 1], [Image 2], and so on. See [our docs](/assets/inputs#images) on image inputs for more information.</source>
        <translation>可选的参考图像数组。可在提示词中以 [Image 1]、[Image 2] 等引用各参考图像。有关图像输入的详情，请参阅[我们的文档](/assets/inputs#images)。</translation>
    </message>
    <message>
        <source>An optional array of reference images (up to 4). See [our docs](/assets/inputs#images) on image inputs for more information.</source>
        <translation>可选的参考图像数组（最多 4 张）。有关图像输入的详情，请参阅[我们的文档](/assets/inputs#images)。</translation>
    </message>
    <message>
        <source>An optional array of reference images (up to 7). See [our docs](/assets/inputs#images) on image inputs for more information.</source>
        <translation>可选的参考图像数组（最多 7 张）。有关图像输入的详情，请参阅[我们的文档](/assets/inputs#images)。</translation>
    </message>
    <message>
        <source>An optional array of video references. The combined duration across all video references must not exceed 15 seconds. See [our docs](/assets/inputs#videos) on video inputs for more information.</source>
        <translation>可选的参考视频数组。所有参考视频的总时长不得超过 15 秒。有关视频输入的详情，请参阅[我们的文档](/assets/inputs#videos)。</translation>
    </message>
    <message>
        <source>An optional array of video references. The combined duration across all video references must not exceed 30 seconds. See [our docs](/assets/inputs#videos) on video inputs for more information.</source>
        <translation>可选的参考视频数组。所有参考视频的总时长不得超过 30 秒。有关视频输入的详情，请参阅[我们的文档](/assets/inputs#videos)。</translation>
    </message>
    <message>
        <source>An optional text prompt describing how the video should evolve from the first frame.</source>
        <translation>可选的文本提示词，描述视频应如何从首帧开始演变。</translation>
    </message>
    <message>
        <source>An optional text prompt describing motion or changes in the output video.</source>
        <translation>可选的文本提示词，描述输出视频中的运动或变化。</translation>
    </message>
    <message>
        <source>An optional text prompt up to 15000 characters describing what should appear in the output.</source>
        <translation>不超过 15000 个字符的可选文本提示词，描述输出中应出现的内容。</translation>
    </message>
    <message>
        <source>An optional text prompt up to 3500 characters describing what should appear in the output.</source>
        <translation>不超过 3500 个字符的可选文本提示词，描述输出中应出现的内容。</translation>
    </message>
    <message>
        <source>Apply text normalization</source>
        <translation>应用文本规范化</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Background color</source>
        <translation>背景色</translation>
    </message>
    <message>
        <source>Background treatment. Defaults to `auto`, which lets the model pick.</source>
        <translation>背景处理方式。默认为 `auto`，由模型决定。</translation>
    </message>
    <message>
        <source>Background treatment. Defaults to `auto`, which lets the model pick. Use `transparent` to generate a PNG with an alpha-channel background.</source>
        <translation>背景处理方式。默认为 `auto`，由模型决定。使用 `transparent` 可生成带 Alpha 通道背景的 PNG。</translation>
    </message>
    <message>
        <source>Body control</source>
        <translation>身体控制</translation>
    </message>
    <message>
        <source>Boost similarity to the original speaker at a small latency cost.</source>
        <translation>提高与原说话人的相似度，延迟略有增加。</translation>
    </message>
    <message>
        <source>Bria FIBO 1.5: commercially safe images.</source>
        <translation>Bria FIBO 1.5：可放心商用的图像。</translation>
    </message>
    <message>
        <source>Bria FIBO Edit 1.5: edit 1–4 images with an instruction.</source>
        <translation>Bria FIBO Edit 1.5：用一条指令编辑 1–4 张图像。</translation>
    </message>
    <message>
        <source>ByteDance Seed Audio: soundscapes from a description and reference clips.</source>
        <translation>字节跳动 Seed Audio：根据描述和参考片段生成声音场景。</translation>
    </message>
    <message>
        <source>ByteDance Seed Audio: speech or soundscapes, optionally in a reference voice.</source>
        <translation>字节跳动 Seed Audio：生成语音或声音场景，可选用参考声音。</translation>
    </message>
    <message>
        <source>ByteDance Seedance 2 Fast: quicker Seedance up to 720p.</source>
        <translation>字节跳动 Seedance 2 Fast：更快的 Seedance，最高 720p。</translation>
    </message>
    <message>
        <source>ByteDance Seedance 2 Mini: the lightest Seedance, up to 720p.</source>
        <translation>字节跳动 Seedance 2 Mini：最轻量的 Seedance，最高 720p。</translation>
    </message>
    <message>
        <source>ByteDance Seedance 2.5: drafts, 1080p enhancement and many references.</source>
        <translation>字节跳动 Seedance 2.5：草稿、1080p 增强和大量参考。</translation>
    </message>
    <message>
        <source>ByteDance Seedance 2: up to 4K video with audio and rich references.</source>
        <translation>字节跳动 Seedance 2：最高 4K 的视频，带音频和丰富的参考。</translation>
    </message>
    <message>
        <source>ByteDance Seedream 5 Flash: fast generation and editing.</source>
        <translation>字节跳动 Seedream 5 Flash：快速生成和编辑。</translation>
    </message>
    <message>
        <source>ByteDance Seedream 5 Lite: large images, free-form sizes.</source>
        <translation>字节跳动 Seedream 5 Lite：大尺寸图像，尺寸自由。</translation>
    </message>
    <message>
        <source>ByteDance Seedream 5 Pro: multi-image fusion and editing.</source>
        <translation>字节跳动 Seedream 5 Pro：多图融合与编辑。</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Character performance</source>
        <translation>角色表演</translation>
    </message>
    <message>
        <source>Colors</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Container for the output video. `mov` keeps high colour precision for grading and compositing. Defaults to `mp4`. Draft mode only supports `mp4`.</source>
        <translation>输出视频的容器。`mov` 保留较高的色彩精度，便于调色和合成。默认为 `mp4`。草稿模式仅支持 `mp4`。</translation>
    </message>
    <message>
        <source>Content moderation</source>
        <translation>内容审核</translation>
    </message>
    <message>
        <source>Creativity</source>
        <translation>创意度</translation>
    </message>
    <message>
        <source>Creativity/freedom scale for generation. 0 gives the model maximum creative freedom, 1 makes it follow the prompt most strictly. Defaults to 0.5.</source>
        <translation>生成的创意/自由度。0 给予模型最大的创作自由，1 让模型最严格地遵循提示词。默认为 0.5。</translation>
    </message>
    <message>
        <source>Describe the image to generate, or how to remix the reference image.</source>
        <translation>描述要生成的图像，或如何重新演绎参考图像。</translation>
    </message>
    <message>
        <source>Describe the image to generate, or the changes to make to the reference images.</source>
        <translation>描述要生成的图像，或要对参考图像做的修改。</translation>
    </message>
    <message>
        <source>Describe the vector illustration you want to generate.</source>
        <translation>描述您想生成的矢量插画。</translation>
    </message>
    <message>
        <source>Disable voice cloning</source>
        <translation>禁用声音克隆</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Draft task ID</source>
        <translation>草稿任务 ID</translation>
    </message>
    <message>
        <source>Drop background audio</source>
        <translation>去除背景音频</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>ElevenLabs Multilingual v2: natural speech from text with a preset voice.</source>
        <translation>ElevenLabs Multilingual v2：用预设声音将文字朗读为自然语音。</translation>
    </message>
    <message>
        <source>ElevenLabs dubbing: translate speech into 29 languages in the speaker&apos;s voice.</source>
        <translation>ElevenLabs 配音：以说话人自己的声音将语音翻译成 29 种语言。</translation>
    </message>
    <message>
        <source>ElevenLabs sound effects from a description, 0.5–30 s, loopable.</source>
        <translation>ElevenLabs 音效：根据描述生成，0.5–30 秒，可循环。</translation>
    </message>
    <message>
        <source>ElevenLabs speech-to-speech: re-voice a recording with a preset voice.</source>
        <translation>ElevenLabs 语音转语音：用预设声音为录音重新配音。</translation>
    </message>
    <message>
        <source>ElevenLabs v3: expressive speech with audio tags ([laughs], [whispers]).</source>
        <translation>ElevenLabs v3：富有表现力的语音，支持音频标签（[laughs]、[whispers]）。</translation>
    </message>
    <message>
        <source>ElevenLabs v4: the newest expressive ElevenLabs voice model.</source>
        <translation>ElevenLabs v4：ElevenLabs 最新的富有表现力的声音模型。</translation>
    </message>
    <message>
        <source>ElevenLabs voice isolation: remove background noise from speech.</source>
        <translation>ElevenLabs 人声分离：去除语音中的背景噪声。</translation>
    </message>
    <message>
        <source>Expression intensity</source>
        <translation>表情强度</translation>
    </message>
    <message>
        <source>FPS boost</source>
        <translation>帧率提升</translation>
    </message>
    <message>
        <source>Fast, inexpensive image-to-video for iterating on a shot (no audio).</source>
        <translation>快速、低成本的图生视频，适合反复打磨镜头（无音频）。</translation>
    </message>
    <message>
        <source>Fine detail enhancement from 0 to 100.</source>
        <translation>细节增强，从 0 到 100。</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Frame-rate enhancer: interpolate a video to 24–120 fps.</source>
        <translation>帧率增强：将视频插帧至 24–120 fps。</translation>
    </message>
    <message>
        <source>Generate a cheap 480p preview instead of a full-quality video. The returned task ID can later be enhanced to a 1080p video with the same content by passing it as `draftTaskId` to `text_to_video`. Drafts can be enhanced within 7 days of creation. Defaults to false.</source>
        <translation>生成低成本的 480p 预览，而非完整质量的视频。之后可将返回的任务 ID 作为 `draftTaskId` 传给 `text_to_video`，把它增强为内容相同的 1080p 视频。草稿须在创建后 7 天内增强。默认为 false。</translation>
    </message>
    <message>
        <source>Google Gemini 2.5 Flash Image: quick image generation with references.</source>
        <translation>Google Gemini 2.5 Flash Image：借助参考快速生成图像。</translation>
    </message>
    <message>
        <source>Google Gemini Image 3 Pro: high-resolution images up to 6K.</source>
        <translation>Google Gemini Image 3 Pro：最高 6K 的高分辨率图像。</translation>
    </message>
    <message>
        <source>Google Gemini Image 3.1 Flash Lite: fast and light.</source>
        <translation>Google Gemini Image 3.1 Flash Lite：快速轻量。</translation>
    </message>
    <message>
        <source>Google Gemini Image 3.1 Flash: up to 14 references, several outputs.</source>
        <translation>Google Gemini Image 3.1 Flash：最多 14 张参考，可输出多张。</translation>
    </message>
    <message>
        <source>Google Gemini Omni Flash 1.1: video with references, up to 4K.</source>
        <translation>Google Gemini Omni Flash 1.1：带参考的视频，最高 4K。</translation>
    </message>
    <message>
        <source>Google Gemini Omni Flash: quick 3–10 s video.</source>
        <translation>Google Gemini Omni Flash：快速生成 3–10 秒视频。</translation>
    </message>
    <message>
        <source>Google Veo 3.1 Fast: quicker and cheaper Veo with audio.</source>
        <translation>Google Veo 3.1 Fast：更快、更便宜的 Veo，带音频。</translation>
    </message>
    <message>
        <source>Google Veo 3.1: high-quality video with native audio, first/last-frame control.</source>
        <translation>Google Veo 3.1：带原生音频的高质量视频，可控制首帧/尾帧。</translation>
    </message>
    <message>
        <source>Grain and texture enhancement from 0 to 100.</source>
        <translation>颗粒与质感增强，从 0 到 100。</translation>
    </message>
    <message>
        <source>Grounding</source>
        <translation>事实依据</translation>
    </message>
    <message>
        <source>H3 Max: video with prompt expansion control.</source>
        <translation>H3 Max：可控制提示词扩写的视频生成。</translation>
    </message>
    <message>
        <source>HappyHorse 1.0: long prompts, 720p or 1080p video.</source>
        <translation>HappyHorse 1.0：支持长提示词，720p 或 1080p 视频。</translation>
    </message>
    <message>
        <source>How closely the output tracks the original speaker (0–1). Maps to ElevenLabs similarity_boost.</source>
        <translation>输出与原说话人的贴近程度（0–1）。对应 ElevenLabs 的 similarity_boost。</translation>
    </message>
    <message>
        <source>How closely the output tracks the original speaker.</source>
        <translation>输出与原说话人的贴近程度。</translation>
    </message>
    <message>
        <source>How much AI-generated detail to add during upscaling, from 0 (faithful) to 100.</source>
        <translation>放大时添加多少 AI 生成的细节，从 0（忠实原图）到 100。</translation>
    </message>
    <message>
        <source>How much rendering effort the model spends on each image. Defaults to `medium` (8 credits per image) when generating from reference images and `high` (25 credits) otherwise, including `preciseEdit`. `low` costs 4 credits and `very_low` 1; `very_low` requires reference images and is not available with `preciseEdit`.</source>
        <translation>模型为每张图像投入的渲染力度。使用参考图像生成时默认为 `medium`（每张 8 积分），其他情况（包括 `preciseEdit`）默认为 `high`（25 积分）。`low` 需 4 积分，`very_low` 需 1 积分；`very_low` 需要参考图像，且不能与 `preciseEdit` 同用。</translation>
    </message>
    <message>
        <source>How much rendering effort the model spends on each image. `low` costs 4 credits per image, `medium` 7 and `high` 11.</source>
        <translation>模型为每张图像投入的渲染力度。`low` 每张 4 积分，`medium` 7 积分，`high` 11 积分。</translation>
    </message>
    <message>
        <source>How much rendering effort the model spends on the output. Defaults to `medium`; `low` is faster and costs 2 fewer credits per image.</source>
        <translation>模型为输出投入的渲染力度。默认为 `medium`；`low` 更快，每张图像少花 2 积分。</translation>
    </message>
    <message>
        <source>How much the model reasons about the prompt before generating. Defaults to medium.</source>
        <translation>模型在生成前对提示词的推理程度。默认为 medium。</translation>
    </message>
    <message>
        <source>How the input video is used. `reference` (the default) generates a new video conditioned on the input video and accepts `duration` and `ratio`. `extend` continues the input video, requires `promptText`, and matches the input aspect ratio, so `ratio` may not be provided. `edit` modifies the input video in place, requires `promptText`, requires `duration: &quot;auto&quot;`, and does not accept `ratio`.</source>
        <translation>输入视频的用法。`reference`（默认）以输入视频为条件生成新视频，可设置 `duration` 和 `ratio`。`extend` 延续输入视频，需要 `promptText`，画幅比例与输入一致，因此不能提供 `ratio`。`edit` 直接修改输入视频，需要 `promptText` 和 `duration: &quot;auto&quot;`，不接受 `ratio`。</translation>
    </message>
    <message>
        <source>How the input video is used. `reference` generates a new video guided by the input, `extend` continues it, and `edit` transforms it according to the prompt.</source>
        <translation>输入视频的用法。`reference` 以输入为引导生成新视频，`extend` 延续它，`edit` 按提示词对它进行改造。</translation>
    </message>
    <message>
        <source>How the model rewrites the prompt before generating. disabled keeps the prompt as written. balanced (the default) does a short rewrite. quality spends extra time rewriting for a stronger result.</source>
        <translation>模型在生成前如何改写提示词。disabled 保持提示词原样；balanced（默认）做简短改写；quality 花更多时间改写，以获得更好的结果。</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>ISO 639-1 language code to enforce pronunciation and normalization.</source>
        <translation>ISO 639-1 语言代码，用于指定发音和文本规范化。</translation>
    </message>
    <message>
        <source>Ideogram 4.0: strong typography; remix one image.</source>
        <translation>Ideogram 4.0：出色的文字排版；重新演绎单张图像。</translation>
    </message>
    <message>
        <source>Ideogram 4.5: typography, masked and precise edits.</source>
        <translation>Ideogram 4.5：文字排版、蒙版编辑和精确编辑。</translation>
    </message>
    <message>
        <source>If unspecified, a random number is chosen. Identical results also need promptExpansionMode set to disabled; balanced and quality rewrite the prompt and will not repeat.</source>
        <translation>未指定时随机选择一个数。要得到相同的结果，还需将 promptExpansionMode 设为 disabled；balanced 和 quality 会改写提示词，结果不会重复。</translation>
    </message>
    <message>
        <source>If unspecified, a random number is chosen. Using the same seed with an identical request reproduces the same image.</source>
        <translation>未指定时随机选择一个数。对相同的请求使用同一个种子，可重现同样的图像。</translation>
    </message>
    <message>
        <source>If unspecified, a random number is chosen. Varying the seed integer is a way to get different results for the same other request parameters. Using the same seed integer for an identical request will produce similar results.</source>
        <translation>未指定时随机选择一个数。在其他请求参数不变时，改变种子整数可以得到不同的结果；对相同的请求使用同一个种子整数，会得到相似的结果。</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Image for the first frame of the output video, or an array with first and optionally last frames. Output aspect ratio follows the input image; `ratio` is not supported on image-to-video. See [image inputs](/assets/inputs#images) for file size limits.</source>
        <translation>用作输出视频首帧的图像，或包含首帧和可选尾帧的数组。输出的画幅比例跟随输入图像；图生视频不支持 `ratio`。文件大小限制请参阅[图像输入](/assets/inputs#images)。</translation>
    </message>
    <message>
        <source>Image to video</source>
        <translation>图生视频</translation>
    </message>
    <message>
        <source>Image upscale</source>
        <translation>图像放大</translation>
    </message>
    <message>
        <source>Images of characters, objects or styles to use in the video. Up to 10 images in total, frames included.</source>
        <translation>要在视频中使用的角色、物体或风格图像。总共最多 10 张，包括各帧。</translation>
    </message>
    <message>
        <source>Images to edit or combine. Refer to them in the prompt by upload order (Figure 1, Figure 2, and so on).</source>
        <translation>要编辑或组合的图像。在提示词中按上传顺序引用它们（图 1、图 2 等）。</translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation>关键帧</translation>
    </message>
    <message>
        <source>Kling 2.5 Turbo Pro: quick 5 or 10 s clips.</source>
        <translation>Kling 2.5 Turbo Pro：快速生成 5 或 10 秒短片。</translation>
    </message>
    <message>
        <source>Kling 3.0 Pro (1080p) with optional audio.</source>
        <translation>Kling 3.0 Pro（1080p），可选音频。</translation>
    </message>
    <message>
        <source>Kling 3.0 Standard (720p) with optional audio.</source>
        <translation>Kling 3.0 Standard（720p），可选音频。</translation>
    </message>
    <message>
        <source>Kling 3.0 at 4K with optional audio.</source>
        <translation>4K 的 Kling 3.0，可选音频。</translation>
    </message>
    <message>
        <source>Kling 4: video from text, frames, image and video references.</source>
        <translation>Kling 4：根据文本、帧、图像和视频参考生成视频。</translation>
    </message>
    <message>
        <source>Kling O3 Pro (1080p): multi-shot video with image references.</source>
        <translation>Kling O3 Pro（1080p）：带图像参考的多镜头视频。</translation>
    </message>
    <message>
        <source>Kling O3 Standard (720p): multi-shot video with image references.</source>
        <translation>Kling O3 Standard（720p）：带图像参考的多镜头视频。</translation>
    </message>
    <message>
        <source>Kling O3 at 4K: multi-shot video with image references.</source>
        <translation>4K 的 Kling O3：带图像参考的多镜头视频。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language code to enforce pronunciation, such as &quot;en&quot; or &quot;pt&quot;. A regional code such as &quot;pt-BR&quot; is read as its language.</source>
        <translation>用于指定发音的语言代码，例如 &quot;en&quot; 或 &quot;pt&quot;。&quot;pt-BR&quot; 这样的地区代码按其语言处理。</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Loudness rate</source>
        <translation>响度调整</translation>
    </message>
    <message>
        <source>Magnific creative video upscaler: up to 4K with added detail.</source>
        <translation>Magnific 创意视频放大：最高 4K，并增添细节。</translation>
    </message>
    <message>
        <source>Magnific precision upscaler v2: enlarge an image 2–16×.</source>
        <translation>Magnific 精准放大 v2：将图像放大 2–16 倍。</translation>
    </message>
    <message>
        <source>Mask image</source>
        <translation>蒙版图像</translation>
    </message>
    <message>
        <source>MiniMax Hailuo 3: expressive motion with image, video and audio references.</source>
        <translation>MiniMax Hailuo 3：富有表现力的运动，支持图像、视频和音频参考。</translation>
    </message>
    <message>
        <source>Mirelo SFX 2.0: a soundtrack of effects for your video.</source>
        <translation>Mirelo SFX 2.0：为您的视频配上音效音轨。</translation>
    </message>
    <message>
        <source>Mirelo SFX 2.0: sound effects, or a soundtrack for a video.</source>
        <translation>Mirelo SFX 2.0：生成音效，或为视频配音轨。</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Multiplies each input dimension to produce output width and height. Defaults to 2.</source>
        <translation>将输入的每个尺寸乘以该倍数，得到输出的宽和高。默认为 2。</translation>
    </message>
    <message>
        <source>Muse Image: generate or edit from up to 10 images.</source>
        <translation>Muse Image：基于最多 10 张图像生成或编辑。</translation>
    </message>
    <message>
        <source>Nano Banana 2.1: editing and compositing with up to 14 references.</source>
        <translation>Nano Banana 2.1：使用最多 14 张参考进行编辑与合成。</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>反向提示词</translation>
    </message>
    <message>
        <source>Next text</source>
        <translation>后续文本</translation>
    </message>
    <message>
        <source>Num variants</source>
        <translation>变体数量</translation>
    </message>
    <message>
        <source>Number of outputs</source>
        <translation>输出数量</translation>
    </message>
    <message>
        <source>Number of speakers</source>
        <translation>说话人数量</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>物体</translation>
    </message>
    <message>
        <source>OpenAI GPT Image 2.5 Flare.</source>
        <translation>OpenAI GPT Image 2.5 Flare。</translation>
    </message>
    <message>
        <source>OpenAI GPT Image 2.5 Sunburst, with transparent backgrounds.</source>
        <translation>OpenAI GPT Image 2.5 Sunburst，支持透明背景。</translation>
    </message>
    <message>
        <source>OpenAI GPT Image 2: precise prompt following, up to 4K, transparency.</source>
        <translation>OpenAI GPT Image 2：精确遵循提示词，最高 4K，支持透明。</translation>
    </message>
    <message>
        <source>Optimization preset: `sublime` (illustration), `photo` (photographic), or `photo_denoiser` (noisy photos).</source>
        <translation>优化预设：`sublime`（插画）、`photo`（摄影）或 `photo_denoiser`（有噪点的照片）。</translation>
    </message>
    <message>
        <source>Optional seed for more consistent output. The same seed and settings tend to sound alike, but it is not guaranteed.</source>
        <translation>可选的种子，使输出更一致。相同的种子和设置往往听起来相似，但不能保证。</translation>
    </message>
    <message>
        <source>Optional seed for more deterministic output (0–4294967295). Not guaranteed.</source>
        <translation>可选的种子，使输出更确定（0–4294967295）。不作保证。</translation>
    </message>
    <message>
        <source>Output audio container/format.</source>
        <translation>输出音频的容器/格式。</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>输出格式</translation>
    </message>
    <message>
        <source>Output quality tier. Output aspect ratio follows the input image. - `720P` - Deprecated: Use &quot;720p&quot; instead. - `1080P` - Deprecated: Use &quot;1080p&quot; instead.</source>
        <translation>输出质量档位。输出的画幅比例跟随输入图像。- `720P` - 已弃用：请改用 &quot;720p&quot;。- `1080P` - 已弃用：请改用 &quot;1080p&quot;。</translation>
    </message>
    <message>
        <source>Output quality tier. The video keeps the input media framing.</source>
        <translation>输出质量档位。视频保持输入媒体的构图。</translation>
    </message>
    <message>
        <source>Output sample rate in Hz.</source>
        <translation>输出采样率（Hz）。</translation>
    </message>
    <message>
        <source>Performance video</source>
        <translation>表演视频</translation>
    </message>
    <message>
        <source>Pitch rate</source>
        <translation>音高调整</translation>
    </message>
    <message>
        <source>Pitch shift in semitones. Negative lowers, positive raises; 0 is unchanged.</source>
        <translation>以半音为单位的音高偏移。负值降低，正值升高；0 为不变。</translation>
    </message>
    <message>
        <source>Precise edit</source>
        <translation>精确编辑</translation>
    </message>
    <message>
        <source>Preferred colors as six-digit hex strings.</source>
        <translation>首选颜色，六位十六进制字符串。</translation>
    </message>
    <message>
        <source>Preferred colors as six-digit hex values, such as #FF8800.</source>
        <translation>首选颜色，六位十六进制值，例如 #FF8800。</translation>
    </message>
    <message>
        <source>Preserve speech</source>
        <translation>保留语音</translation>
    </message>
    <message>
        <source>Previous text</source>
        <translation>前文</translation>
    </message>
    <message>
        <source>ProRes profile</source>
        <translation>ProRes 配置</translation>
    </message>
    <message>
        <source>Processing style: `vivid` for enhanced color and detail, `natural` for faithful reproduction.</source>
        <translation>处理风格：`vivid` 增强色彩与细节，`natural` 忠实还原。</translation>
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
        <source>Prompt expansion mode</source>
        <translation>提示词扩写模式</translation>
    </message>
    <message>
        <source>Prompt image</source>
        <translation>提示图像</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>服务商设置</translation>
    </message>
    <message>
        <source>Provider-specific settings for multishot video generation and video editing.</source>
        <translation>服务商专用设置，用于多镜头视频生成和视频编辑。</translation>
    </message>
    <message>
        <source>Provider-specific settings for multishot video generation.</source>
        <translation>服务商专用设置，用于多镜头视频生成。</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>画幅比例</translation>
    </message>
    <message>
        <source>Recraft V4.1 Flash: design-oriented raster images with a colour palette.</source>
        <translation>Recraft V4.1 Flash：面向设计、带调色板的位图图像。</translation>
    </message>
    <message>
        <source>Recraft V4.1 Vector: vector illustrations.</source>
        <translation>Recraft V4.1 Vector：矢量插画。</translation>
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
        <source>Relative output loudness. Negative is quieter, positive is louder; 0 is normal.</source>
        <translation>相对输出响度。负值更轻，正值更响；0 为正常。</translation>
    </message>
    <message>
        <source>Relative speech speed. Negative is slower, positive is faster; 0 is normal.</source>
        <translation>相对语速。负值更慢，正值更快；0 为正常。</translation>
    </message>
    <message>
        <source>Remove background noise</source>
        <translation>去除背景噪声</translation>
    </message>
    <message>
        <source>Rendering quality. Higher qualities consume more credits. Defaults to `high`.</source>
        <translation>渲染质量。质量越高，花费的积分越多。默认为 `high`。</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Runway Act-Two: drive a character image or video with a performance video.</source>
        <translation>Runway Act-Two：用表演视频驱动角色图像或视频。</translation>
    </message>
    <message>
        <source>Runway Aleph 2: edit and restyle an existing video with a prompt and keyframes (replaces gen4_aleph).</source>
        <translation>Runway Aleph 2：用提示词和关键帧编辑现有视频、改变其风格（取代 gen4_aleph）。</translation>
    </message>
    <message>
        <source>Runway Gen-4 Image Turbo: fast images from 1–3 tagged references.</source>
        <translation>Runway Gen-4 Image Turbo：基于 1–3 张带标签的参考快速生成图像。</translation>
    </message>
    <message>
        <source>Runway Gen-4 Image: high-quality images, optionally guided by up to 3 tagged references.</source>
        <translation>Runway Gen-4 Image：高质量图像，可由最多 3 张带标签的参考引导。</translation>
    </message>
    <message>
        <source>Runway&apos;s newest and best video model, animating your image (2–10 s, no audio).</source>
        <translation>Runway 最新、最好的视频模型，让您的图像动起来（2–10 秒，无音频）。</translation>
    </message>
    <message>
        <source>Runway&apos;s newest and best video model, from a text prompt alone (2–10 s, no audio).</source>
        <translation>Runway 最新、最好的视频模型，仅凭文本提示词生成（2–10 秒，无音频）。</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <source>Scale factor</source>
        <translation>放大倍数</translation>
    </message>
    <message>
        <source>Seconds of video to generate, or `auto` to let the model choose. `auto` is billed at the variant maximum up front; unused credits are refunded after the generation finishes.</source>
        <translation>要生成的视频秒数，或用 `auto` 让模型决定。`auto` 先按该版本的最长时长计费；生成完成后退还未用的积分。</translation>
    </message>
    <message>
        <source>Seconds of video to generate, or `auto` to let the model choose. `auto` is billed at the variant maximum up front; unused credits are refunded after the generation finishes. Defaults to 5.</source>
        <translation>要生成的视频秒数，或用 `auto` 让模型决定。`auto` 先按该版本的最长时长计费；生成完成后退还未用的积分。默认为 5。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Settings that affect the behavior of the content moderation system.</source>
        <translation>影响内容审核系统行为的设置。</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>锐化</translation>
    </message>
    <message>
        <source>Sharpness intensity from 0 (none) to 100.</source>
        <translation>锐化强度，从 0（无）到 100。</translation>
    </message>
    <message>
        <source>Similarity boost</source>
        <translation>相似度增强</translation>
    </message>
    <message>
        <source>Smart grain</source>
        <translation>智能颗粒</translation>
    </message>
    <message>
        <source>Sound effect</source>
        <translation>音效</translation>
    </message>
    <message>
        <source>Sounds to avoid in the generated audio.</source>
        <translation>生成的音频中要避免的声音。</translation>
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
        <source>Speech rate</source>
        <translation>语速</translation>
    </message>
    <message>
        <source>Speech speed multiplier (0.7–1.2). 1.0 is default; values below slow down and above speed up.</source>
        <translation>语速倍数（0.7–1.2）。默认为 1.0；低于它会放慢，高于它会加快。</translation>
    </message>
    <message>
        <source>Speech speed multiplier. Values below 1 slow the speech down, and values above 1 speed it up.</source>
        <translation>语速倍数。低于 1 会放慢语速，高于 1 会加快语速。</translation>
    </message>
    <message>
        <source>Speech to speech</source>
        <translation>语音转语音</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>稳定性</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>Style exaggeration (0–1). Higher values amplify the speaker style.</source>
        <translation>风格夸张度（0–1）。数值越高，说话人的风格越突出。</translation>
    </message>
    <message>
        <source>Style exaggeration. Higher values amplify the speaker style.</source>
        <translation>风格夸张度。数值越高，说话人的风格越突出。</translation>
    </message>
    <message>
        <source>Target aspect ratio</source>
        <translation>目标画幅比例</translation>
    </message>
    <message>
        <source>Target aspect ratio for expand/outpaint. Letterboxes the input video and keyframes before generation.</source>
        <translation>扩展/外绘的目标画幅比例。生成前会为输入视频和关键帧加上黑边。</translation>
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
        <source>Target output resolution from 720p to 4k. Defaults to `2k`.</source>
        <translation>目标输出分辨率，从 720p 到 4k。默认为 `2k`。</translation>
    </message>
    <message>
        <source>Text describing what should not appear in the output video.</source>
        <translation>描述输出视频中不应出现的内容的文字。</translation>
    </message>
    <message>
        <source>Text normalization mode: &apos;auto&apos;, &apos;on&apos;, or &apos;off&apos; (e.g. spelling out numbers).</source>
        <translation>文本规范化模式：&apos;auto&apos;、&apos;on&apos; 或 &apos;off&apos;（例如把数字读成文字）。</translation>
    </message>
    <message>
        <source>Text that comes after this request, so the speech can lead into a later generation.</source>
        <translation>本次请求之后的文本，使语音可以衔接到后续的生成。</translation>
    </message>
    <message>
        <source>Text that comes before this request, so the speech can continue from an earlier generation.</source>
        <translation>本次请求之前的文本，使语音可以接续先前的生成。</translation>
    </message>
    <message>
        <source>Text to image</source>
        <translation>文生图</translation>
    </message>
    <message>
        <source>Text to speech</source>
        <translation>文本转语音</translation>
    </message>
    <message>
        <source>Text to video</source>
        <translation>文生视频</translation>
    </message>
    <message>
        <source>The ID of a succeeded draft task to enhance to 1080p. The draft is regenerated with its original prompt, references, and settings, so no other generation fields may be provided.</source>
        <translation>要增强为 1080p 的已完成草稿任务的 ID。草稿会按其原有的提示词、参考和设置重新生成，因此不能再提供其他生成字段。</translation>
    </message>
    <message>
        <source>The ProRes profile to use. Only valid when `outputFormat` is `prores` or `hdr_prores`. For `prores`, any profile is accepted and the default is `4444`. For `hdr_prores`, only `422`, `422 HQ` and `4444` are available and the default is `422 HQ` — `422 Proxy` and `422 LT` quantize too heavily to hold the HDR gradients, and 12-bit output is served by `hdr_pq_12bit_master` instead of `4444 XQ`.</source>
        <translation>要使用的 ProRes 配置。仅当 `outputFormat` 为 `prores` 或 `hdr_prores` 时有效。对于 `prores`，接受任何配置，默认为 `4444`。对于 `hdr_prores`，只有 `422`、`422 HQ` 和 `4444` 可用，默认为 `422 HQ`——`422 Proxy` 和 `422 LT` 量化过重，无法保留 HDR 渐变；12 位输出请使用 `hdr_pq_12bit_master`，而不是 `4444 XQ`。</translation>
    </message>
    <message>
        <source>The ProRes profile to use. Only valid when `outputFormat` is `prores`. Defaults to `4444`. Note: generated content contains no transparency — the alpha channel in `4444` / `4444 XQ` outputs is present but fully opaque; choose these tiers for 12-bit 4:4:4 color fidelity, not for mattes.</source>
        <translation>要使用的 ProRes 配置。仅当 `outputFormat` 为 `prores` 时有效。默认为 `4444`。注意：生成的内容不含透明度——`4444` / `4444 XQ` 输出中虽有 Alpha 通道，但完全不透明；选择这些档位是为了 12 位 4:4:4 的色彩保真，而不是为了遮罩。</translation>
    </message>
    <message>
        <source>The aspect ratio of the output video.</source>
        <translation>输出视频的画幅比例。</translation>
    </message>
    <message>
        <source>The aspect ratio of the output video. Use adaptive only when image or video references are provided; text-only requests require a concrete ratio.</source>
        <translation>输出视频的画幅比例。仅在提供了图像或视频参考时才使用 adaptive；纯文本请求需要具体的画幅比例。</translation>
    </message>
    <message>
        <source>The aspect ratio of the output video: `1280:720` (landscape) or `720:1280` (portrait).</source>
        <translation>输出视频的画幅比例：`1280:720`（横屏）或 `720:1280`（竖屏）。</translation>
    </message>
    <message>
        <source>The character to control. You can either provide a video or an image. A visually recognizable face must be visible and stay within the frame.</source>
        <translation>要控制的角色。可以提供视频或图像。画面中必须有清晰可辨的人脸，且始终保持在画面内。</translation>
    </message>
    <message>
        <source>The container/encoding of the output. `mp4` (default) returns an H.264 .mp4. `prores` returns a ProRes .mov. `png_sequence` returns a .zip of PNG frames (plus a separate .wav artifact when the output has audio). `hdr10` (HEVC Main 10, BT.2020 + PQ) and `hlg` (HEVC Main 10, BT.2020 + HLG) return true-HDR 10-bit .mp4s; `sdr_rec709_10bit` returns a 10-bit Rec.709 HEVC .mp4 for SDR grading pipelines; `hdr_pq_12bit_master` returns a 12-bit 4:4:4 BT.2020 + PQ HEVC .mov with measured HDR10 content-light metadata for mastering; `hdr_prores` returns a BT.2020 + PQ ProRes .mov editorial mezzanine, whose tier is selectable with `proresProfile` (`422`, `422 HQ`, or `4444`; defaults to `422 HQ`); `hdr_png_sequence` returns a .zip of 16-bit PNG frames carrying the PQ signal losslessly (plus a colorimetry.json sidecar and a separate .wav when the output has audio); `hdr_exr_sequence` returns a .zip of half-float OpenEXR frames carrying the HDR signal as linear BT.2020 display light, 1.0 = 100 nits (plus a colorimetry.json sidecar and a separate .wav when the output has audio); `hdr_exr_acescg_sequence_1_3` returns the same delivery as scene-referred ACEScg (inverted through the ACES 1.3 Output Transform), reading correctly with the stock `ACES - ACEScg` input transform in ACES-configured pipelines, with VFX sequence frame naming (frame.0001.exr). Non-mp4 formats incur an additional per-second credit surcharge: 5 credits per second for `prores` and `png_sequence`, and 20 credits per second for every 10-bit and deeper profile (including the 12-bit, 16-bit, and EXR ones), rising to 40 credits per second when the output is larger than 4 megapixels — that includes 1440p (2560x1440 is under the line, but anything larger crosses it) up through 4K.</source>
        <translation>输出的容器/编码。`mp4`（默认）返回 H.264 .mp4。`prores` 返回 ProRes .mov。`png_sequence` 返回 PNG 帧的 .zip（输出有音频时另附一个 .wav 文件）。`hdr10`（HEVC Main 10，BT.2020 + PQ）和 `hlg`（HEVC Main 10，BT.2020 + HLG）返回真 HDR 10 位 .mp4；`sdr_rec709_10bit` 返回用于 SDR 调色流程的 10 位 Rec.709 HEVC .mp4；`hdr_pq_12bit_master` 返回 12 位 4:4:4 BT.2020 + PQ HEVC .mov，带有测得的 HDR10 内容亮度元数据，用于母版制作；`hdr_prores` 返回 BT.2020 + PQ ProRes .mov 剪辑中间片，其档位可用 `proresProfile` 选择（`422`、`422 HQ` 或 `4444`；默认为 `422 HQ`）；`hdr_png_sequence` 返回 16 位 PNG 帧的 .zip，无损承载 PQ 信号（输出有音频时另附 colorimetry.json 附属文件和一个 .wav）；`hdr_exr_sequence` 返回半精度浮点 OpenEXR 帧的 .zip，以线性 BT.2020 显示光承载 HDR 信号，1.0 = 100 尼特（输出有音频时另附 colorimetry.json 附属文件和一个 .wav）；`hdr_exr_acescg_sequence_1_3` 以场景参考的 ACEScg（经 ACES 1.3 输出变换反推）提供相同的交付物，在配置了 ACES 的流程中用标准的 `ACES - ACEScg` 输入变换即可正确读取，并采用 VFX 序列帧命名（frame.0001.exr）。非 mp4 格式按秒额外收费：`prores` 和 `png_sequence` 每秒 5 积分，所有 10 位及更高位深的配置（包括 12 位、16 位和 EXR）每秒 20 积分，输出大于 400 万像素时升至每秒 40 积分——即从 1440p（2560x1440 恰在界线以下，更大的都会超过）直到 4K。</translation>
    </message>
    <message>
        <source>The container/encoding of the output. `mp4` (default) returns an H.264 .mp4. `prores` returns a ProRes .mov. `png_sequence` returns a .zip of PNG frames. `sdr_rec709_10bit` returns a 10-bit Rec.709 HEVC .mp4 for SDR grading pipelines. Non-mp4 formats incur an additional surcharge: 5 credits per second for `prores` and `png_sequence`, and 20 credits per second for `sdr_rec709_10bit` — 40 credits per second when the output is larger than 4 megapixels — includes anything larger than 1440p, up through 4K.</source>
        <translation>输出的容器/编码。`mp4`（默认）返回 H.264 .mp4。`prores` 返回 ProRes .mov。`png_sequence` 返回 PNG 帧的 .zip。`sdr_rec709_10bit` 返回用于 SDR 调色流程的 10 位 Rec.709 HEVC .mp4。非 mp4 格式需额外收费：`prores` 和 `png_sequence` 每秒 5 积分，`sdr_rec709_10bit` 每秒 20 积分——输出大于 400 万像素时每秒 40 积分——即大于 1440p 直到 4K 的所有输出。</translation>
    </message>
    <message>
        <source>The duration in seconds. In reference mode, this is the output video length. In extend mode, this is the amount of footage added to the input video. Use &quot;auto&quot; to let the model choose a duration.</source>
        <translation>时长（秒）。在参考模式下，这是输出视频的长度；在延长模式下，这是在输入视频后新增的片段长度。使用 &quot;auto&quot; 让模型决定时长。</translation>
    </message>
    <message>
        <source>The duration of the generated audio in seconds.</source>
        <translation>生成音频的时长（秒）。</translation>
    </message>
    <message>
        <source>The duration of the output video in seconds, as a whole number from 3 to 10.</source>
        <translation>输出视频的时长（秒），为 3 到 10 之间的整数。</translation>
    </message>
    <message>
        <source>The duration of the output video in seconds.</source>
        <translation>输出视频的时长（秒）。</translation>
    </message>
    <message>
        <source>The duration of the output video in seconds. Defaults to 5.</source>
        <translation>输出视频的时长（秒）。默认为 5。</translation>
    </message>
    <message>
        <source>The duration of the output video in seconds. Use &quot;auto&quot; to let the model choose a duration. Numeric durations must be between 3 and 10 seconds.</source>
        <translation>输出视频的时长（秒）。使用 &quot;auto&quot; 让模型决定时长。数字时长必须在 3 到 10 秒之间。</translation>
    </message>
    <message>
        <source>The duration of the sound effect in seconds, between 0.5 and 30 seconds. If not provided, the duration will be determined automatically based on the text description.</source>
        <translation>音效的时长（秒），介于 0.5 到 30 秒之间。未提供时，将根据文字描述自动确定时长。</translation>
    </message>
    <message>
        <source>The file format of the output image. Defaults to png.</source>
        <translation>输出图像的文件格式。默认为 png。</translation>
    </message>
    <message>
        <source>The first frame of the video, or an array with a first frame and optional middle and last frames. The video follows the first frame’s aspect ratio.</source>
        <translation>视频的首帧，或包含首帧以及可选中间帧和尾帧的数组。视频的画幅比例跟随首帧。</translation>
    </message>
    <message>
        <source>The format of the generated audio.</source>
        <translation>生成音频的格式。</translation>
    </message>
    <message>
        <source>The number of audio variations to generate.</source>
        <translation>要生成的音频变体数量。</translation>
    </message>
    <message>
        <source>The number of images to generate (1-10). Increasing this number will affect the number of credits consumed by the generation.</source>
        <translation>要生成的图像数量（1-10）。增加数量会影响此次生成花费的积分。</translation>
    </message>
    <message>
        <source>The number of images to generate. Each image costs 1 credit.</source>
        <translation>要生成的图像数量。每张图像花费 1 积分。</translation>
    </message>
    <message>
        <source>The number of images to generate. Each image is billed separately.</source>
        <translation>要生成的图像数量。每张图像单独计费。</translation>
    </message>
    <message>
        <source>The number of images to generate. Increasing this number will affect the number of credits consumed by the generation.</source>
        <translation>要生成的图像数量。增加数量会影响此次生成花费的积分。</translation>
    </message>
    <message>
        <source>The number of images to generate. Increasing this number will affect the number of credits consumed by the generation. Up to four images can be generated at once.</source>
        <translation>要生成的图像数量。增加数量会影响此次生成花费的积分。一次最多可生成四张图像。</translation>
    </message>
    <message>
        <source>The number of seconds of duration for the output video.</source>
        <translation>输出视频的时长（秒）。</translation>
    </message>
    <message>
        <source>The number of seconds of duration for the output video. Must be an integer from 2 to 10.</source>
        <translation>输出视频的时长（秒）。必须是 2 到 10 之间的整数。</translation>
    </message>
    <message>
        <source>The number of speakers in the audio. If not provided, it will be detected automatically.</source>
        <translation>音频中的说话人数量。未提供时将自动检测。</translation>
    </message>
    <message>
        <source>The output dimensions, expressed as `&lt;width&gt;:&lt;height&gt;`.</source>
        <translation>输出尺寸，格式为 `&lt;宽&gt;:&lt;高&gt;`。</translation>
    </message>
    <message>
        <source>The output file format. Defaults to webp.</source>
        <translation>输出文件格式。默认为 webp。</translation>
    </message>
    <message>
        <source>The output frame rate.</source>
        <translation>输出帧率。</translation>
    </message>
    <message>
        <source>The output resolution. Hailuo 3.0 supports 768p and 2k. - `768P` - Deprecated: Use &quot;768p&quot; instead. - `2K` - Deprecated: Use &quot;2k&quot; instead.</source>
        <translation>输出分辨率。Hailuo 3.0 支持 768p 和 2k。- `768P` - 已弃用：请改用 &quot;768p&quot;。- `2K` - 已弃用：请改用 &quot;2k&quot;。</translation>
    </message>
    <message>
        <source>The output resolution. MiniMax H3 Max supports 480p and 768p.</source>
        <translation>输出分辨率。MiniMax H3 Max 支持 480p 和 768p。</translation>
    </message>
    <message>
        <source>The output resolution. Output aspect ratio follows the input image.</source>
        <translation>输出分辨率。输出的画幅比例跟随输入图像。</translation>
    </message>
    <message>
        <source>The output resolution. Requests with image references are capped at 720p.</source>
        <translation>输出分辨率。带图像参考的请求最高为 720p。</translation>
    </message>
    <message>
        <source>The preferred background color as a six-digit hex value. This is a generation hint, not an exact color constraint; the generated background may use a different shade.</source>
        <translation>首选背景色，六位十六进制值。这只是生成提示，而非精确的颜色约束；生成的背景可能使用不同的色调。</translation>
    </message>
    <message>
        <source>The resolution and aspect ratio of the output video.</source>
        <translation>输出视频的分辨率和画幅比例。</translation>
    </message>
    <message>
        <source>The resolution of the output image, expressed as `&lt;width&gt;:&lt;height&gt;`.</source>
        <translation>输出图像的分辨率，格式为 `&lt;宽&gt;:&lt;高&gt;`。</translation>
    </message>
    <message>
        <source>The resolution of the output image, expressed as `&lt;width&gt;:&lt;height&gt;`. 1MP sizes cost 5 credits per image and 4MP sizes 10.</source>
        <translation>输出图像的分辨率，格式为 `&lt;宽&gt;:&lt;高&gt;`。100 万像素的尺寸每张 5 积分，400 万像素的尺寸每张 10 积分。</translation>
    </message>
    <message>
        <source>The resolution of the output image, expressed as `&lt;width&gt;:&lt;height&gt;`. 2K ratios cost 2 additional credits per image. Use `auto_1k` or `auto_2k` to pick a resolution tier and let the model choose the framing from the prompt.</source>
        <translation>输出图像的分辨率，格式为 `&lt;宽&gt;:&lt;高&gt;`。2K 比例每张图像额外花费 2 积分。使用 `auto_1k` 或 `auto_2k` 选择分辨率档位，并让模型根据提示词决定构图。</translation>
    </message>
    <message>
        <source>The resolution of the output image, expressed as `&lt;width&gt;:&lt;height&gt;`. Also accepts freeform sizes whose width\**height is between 3686400 and 16777216 pixels.</source>
        <translation>输出图像的分辨率，格式为 `&lt;宽&gt;:&lt;高&gt;`。也接受宽\*高在 3686400 到 16777216 像素之间的自由尺寸。</translation>
    </message>
    <message>
        <source>The resolution of the output image, expressed as `&lt;width&gt;:&lt;height&gt;`. Omit it or use `auto` to keep the framing of the first reference image. Choosing a size requires at least 2 reference images; a single image always keeps its own framing.</source>
        <translation>输出图像的分辨率，格式为 `&lt;宽&gt;:&lt;高&gt;`。省略或使用 `auto` 可保持第一张参考图像的构图。选择尺寸至少需要 2 张参考图像；只有一张图像时总是保持其自身的构图。</translation>
    </message>
    <message>
        <source>The resolution of the output image, expressed as `&lt;width&gt;:&lt;height&gt;`. Omit it or use `auto` to let the model choose. With reference images, widescreen 1K sizes are `1024:576`, `576:1024`, `1408:704`, `704:1408` instead of `1280:720`, `720:1280`, `1440:720`, `720:1440`. Not available with `maskUri` or `preciseEdit`, which keep the size of the first reference image.</source>
        <translation>输出图像的分辨率，格式为 `&lt;宽&gt;:&lt;高&gt;`。省略或使用 `auto` 由模型决定。使用参考图像时，宽屏 1K 尺寸为 `1024:576`、`576:1024`、`1408:704`、`704:1408`，而不是 `1280:720`、`720:1280`、`1440:720`、`720:1440`。不能与 `maskUri` 或 `preciseEdit` 同用，它们会保持第一张参考图像的尺寸。</translation>
    </message>
    <message>
        <source>The resolution of the output image, expressed as `&lt;width&gt;:&lt;height&gt;`. Use `auto_1k` or `auto_2k` to let the model pick aspect ratio at a fixed resolution tier.</source>
        <translation>输出图像的分辨率，格式为 `&lt;宽&gt;:&lt;高&gt;`。使用 `auto_1k` 或 `auto_2k` 可在固定的分辨率档位下由模型选择画幅比例。</translation>
    </message>
    <message>
        <source>The resolution of the output image, expressed as `&lt;width&gt;:&lt;height&gt;`. Use `auto_1k` or `auto_2k` to let the model pick the aspect ratio at a fixed resolution tier.</source>
        <translation>输出图像的分辨率，格式为 `&lt;宽&gt;:&lt;高&gt;`。使用 `auto_1k` 或 `auto_2k` 可在固定的分辨率档位下由模型选择画幅比例。</translation>
    </message>
    <message>
        <source>The resolution of the output image, expressed as `&lt;width&gt;:&lt;height&gt;`. Use `auto` to let the model choose the framing from the prompt.</source>
        <translation>输出图像的分辨率，格式为 `&lt;宽&gt;:&lt;高&gt;`。使用 `auto` 让模型根据提示词决定构图。</translation>
    </message>
    <message>
        <source>The resolution of the output image, expressed as `&lt;width&gt;:&lt;height&gt;`. Use `auto` to let the model choose.</source>
        <translation>输出图像的分辨率，格式为 `&lt;宽&gt;:&lt;高&gt;`。使用 `auto` 由模型决定。</translation>
    </message>
    <message>
        <source>The resolution of the output image.</source>
        <translation>输出图像的分辨率。</translation>
    </message>
    <message>
        <source>The resolution of the output video, as `&lt;width&gt;:&lt;height&gt;`. Keyframe image-to-video requests must use `auto_480p`, `auto_720p`, or `auto_1080p` because their aspect ratio follows the first frame.</source>
        <translation>输出视频的分辨率，格式为 `&lt;宽&gt;:&lt;高&gt;`。关键帧图生视频请求必须使用 `auto_480p`、`auto_720p` 或 `auto_1080p`，因为其画幅比例跟随首帧。</translation>
    </message>
    <message>
        <source>The resolution of the output video.</source>
        <translation>输出视频的分辨率。</translation>
    </message>
    <message>
        <source>The resolution of the output video. Seedance 2.0 Fast supports 480p and 720p only.</source>
        <translation>输出视频的分辨率。Seedance 2.0 Fast 仅支持 480p 和 720p。</translation>
    </message>
    <message>
        <source>The resolution of the output video. Seedance 2.0 Mini supports 480p and 720p only.</source>
        <translation>输出视频的分辨率。Seedance 2.0 Mini 仅支持 480p 和 720p。</translation>
    </message>
    <message>
        <source>The resolution of the output video. Seedance 2.5 supports 480p, 720p, and 1080p.</source>
        <translation>输出视频的分辨率。Seedance 2.5 支持 480p、720p 和 1080p。</translation>
    </message>
    <message>
        <source>The resolution of the output video. Seedance 2.5 supports 480p, 720p, and 1080p. Defaults to `1280:720`.</source>
        <translation>输出视频的分辨率。Seedance 2.5 支持 480p、720p 和 1080p。默认为 `1280:720`。</translation>
    </message>
    <message>
        <source>The resolution of the output video. The 1080p sizes are rendered at 720p and upscaled.</source>
        <translation>输出视频的分辨率。1080p 尺寸以 720p 渲染后放大。</translation>
    </message>
    <message>
        <source>The resolution of the output video. The output keeps the input image&apos;s aspect ratio. `auto_1080p` is rendered at 720p and upscaled.</source>
        <translation>输出视频的分辨率。输出保持输入图像的画幅比例。`auto_1080p` 以 720p 渲染后放大。</translation>
    </message>
    <message>
        <source>The start frame of the output video. The output keeps its aspect ratio, which (width / height) must be between 0.4 and 2.5. See [our docs](/assets/inputs#images) for image input requirements.</source>
        <translation>输出视频的起始帧。输出保持其画幅比例，该比例（宽 / 高）必须在 0.4 到 2.5 之间。图像输入的要求请参阅[我们的文档](/assets/inputs#images)。</translation>
    </message>
    <message>
        <source>The target language code to dub the audio to (e.g., &quot;es&quot; for Spanish, &quot;fr&quot; for French).</source>
        <translation>要将音频配音成的目标语言代码（例如 &quot;es&quot; 表示西班牙语，&quot;fr&quot; 表示法语）。</translation>
    </message>
    <message>
        <source>The target output size. Use a pixel ratio such as `1280:720` or `auto_720p` / `auto_1080p` for adaptive framing.</source>
        <translation>目标输出尺寸。使用 `1280:720` 这样的像素比例，或使用 `auto_720p` / `auto_1080p` 自适应构图。</translation>
    </message>
    <message>
        <source>The text to convert to speech. You can include expressive audio tags like [laughs] or [whispers] in the script.</source>
        <translation>要转换为语音的文字。可以在脚本中加入 [laughs] 或 [whispers] 等表现力音频标签。</translation>
    </message>
    <message>
        <source>The text to convert to speech. You can include expressive audio tags like [laughs], [whispers], or [pause] in the script.</source>
        <translation>要转换为语音的文字。可以在脚本中加入 [laughs]、[whispers] 或 [pause] 等表现力音频标签。</translation>
    </message>
    <message>
        <source>The voice to use for text-to-speech generation. If omitted, a default voice is used.</source>
        <translation>文本转语音使用的声音。省略时使用默认声音。</translation>
    </message>
    <message>
        <source>The width and height declared by the output SVG. Vector artwork can be scaled after generation.</source>
        <translation>输出 SVG 声明的宽度和高度。矢量作品在生成后可以任意缩放。</translation>
    </message>
    <message>
        <source>Thinking level</source>
        <translation>思考程度</translation>
    </message>
    <message>
        <source>This should describe in detail what should appear in the output.</source>
        <translation>应详细描述输出中应出现的内容。</translation>
    </message>
    <message>
        <source>Timed guidance images placed at specific points in the input video. Up to 5 keyframes.</source>
        <translation>放在输入视频特定时间点上的定时引导图像。最多 5 个关键帧。</translation>
    </message>
    <message>
        <source>Ultra detail</source>
        <translation>超精细</translation>
    </message>
    <message>
        <source>Up to 1 image to guide the generation. The prompt describes how the output should build on it.</source>
        <translation>最多 1 张用于引导生成的图像。提示词描述输出应如何在其基础上展开。</translation>
    </message>
    <message>
        <source>Up to 10 images to guide the generation. When provided, the model edits and combines them as your prompt describes instead of generating from the prompt alone.</source>
        <translation>最多 10 张用于引导生成的图像。提供后，模型会按提示词的描述编辑并组合它们，而不是只根据提示词生成。</translation>
    </message>
    <message>
        <source>Up to 14 images to edit, combine, or use as references for the output.</source>
        <translation>最多 14 张图像，用于编辑、组合，或作为输出的参考。</translation>
    </message>
    <message>
        <source>Up to 3 images to guide the generation. Reference them from `promptText` to describe how each should be used. Each adds 1 credit to the generation.</source>
        <translation>最多 3 张用于引导生成的图像。在 `promptText` 中引用它们，说明每张的用法。每张使生成多花 1 积分。</translation>
    </message>
    <message>
        <source>Up to 5 images to guide the generation. With `maskUri` or `preciseEdit`, the first image is the one being edited and the rest are references.</source>
        <translation>最多 5 张用于引导生成的图像。使用 `maskUri` 或 `preciseEdit` 时，第一张是被编辑的图像，其余为参考。</translation>
    </message>
    <message>
        <source>Up to 5 videos whose style, motion or camera work should guide the output, together at most 30 seconds long.</source>
        <translation>最多 5 段视频，其风格、运动或运镜将引导输出，总长最多 30 秒。</translation>
    </message>
    <message>
        <source>Up to three reference audio clips. When provided, reference them in promptText as @Audio1, @Audio2, and @Audio3 in order.</source>
        <translation>最多三段参考音频。提供后，在 promptText 中依次以 @Audio1、@Audio2 和 @Audio3 引用它们。</translation>
    </message>
    <message>
        <source>Use speaker boost</source>
        <translation>使用说话人增强</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Video to audio</source>
        <translation>视频转音频</translation>
    </message>
    <message>
        <source>Video to video</source>
        <translation>视频转视频</translation>
    </message>
    <message>
        <source>Video upscale</source>
        <translation>视频放大</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Voice dubbing</source>
        <translation>语音配音</translation>
    </message>
    <message>
        <source>Voice isolation</source>
        <translation>人声分离</translation>
    </message>
    <message>
        <source>Voice stability (0–1). Lower values allow broader emotional range; higher values are steadier.</source>
        <translation>声音稳定性（0–1）。数值越低，情感幅度越大；数值越高，越平稳。</translation>
    </message>
    <message>
        <source>Voice stability. Lower values allow broader emotional range; higher values are steadier.</source>
        <translation>声音稳定性。数值越低，情感幅度越大；数值越高，越平稳。</translation>
    </message>
    <message>
        <source>When true with exactly one reference image, edit that image directly instead of using it as a loose visual reference. With several reference images the prompt describes how they should be edited or combined. Requires at least one reference image.</source>
        <translation>为 true 且恰好有一张参考图像时，直接编辑这张图像，而不是把它当作宽松的视觉参考。有多张参考图像时，由提示词说明如何编辑或组合它们。至少需要一张参考图像。</translation>
    </message>
    <message>
        <source>When true, edit the first reference image while preserving its composition and dimensions. Requires at least one reference image.</source>
        <translation>为 true 时，编辑第一张参考图像，并保持其构图和尺寸。至少需要一张参考图像。</translation>
    </message>
    <message>
        <source>When true, enable live web search so the model can use current brand, trend, or event context. Default false for deterministic output.</source>
        <translation>为 true 时，启用实时网络搜索，使模型能利用当前的品牌、潮流或事件背景。默认为 false，以获得确定的输出。</translation>
    </message>
    <message>
        <source>Whether the output sound effect should be designed to loop seamlessly.</source>
        <translation>输出音效是否应设计为可无缝循环。</translation>
    </message>
    <message>
        <source>Whether to disable voice cloning and use a generic voice instead.</source>
        <translation>是否禁用声音克隆并改用通用声音。</translation>
    </message>
    <message>
        <source>Whether to generate audio for the video.</source>
        <translation>是否为视频生成音频。</translation>
    </message>
    <message>
        <source>Whether to generate audio for the video. Audio inclusion affects pricing.</source>
        <translation>是否为视频生成音频。是否包含音频会影响价格。</translation>
    </message>
    <message>
        <source>Whether to generate audio for the video. Defaults to `true`.</source>
        <translation>是否为视频生成音频。默认为 `true`。</translation>
    </message>
    <message>
        <source>Whether to generate audio with the video.</source>
        <translation>是否随视频一同生成音频。</translation>
    </message>
    <message>
        <source>Whether to increase the output frame rate.</source>
        <translation>是否提高输出帧率。</translation>
    </message>
    <message>
        <source>Whether to preserve dialogue from the input video. Disabling this does not guarantee speech-free output.</source>
        <translation>是否保留输入视频中的对白。关闭此项并不保证输出中没有语音。</translation>
    </message>
    <message>
        <source>Whether to remove background audio from the dubbed output.</source>
        <translation>是否从配音输出中去除背景音频。</translation>
    </message>
    <message>
        <source>Whether to remove background noise from the generated speech.</source>
        <translation>是否去除生成语音中的背景噪声。</translation>
    </message>
    <message>
        <source>You may specify an image to use as the first frame of the output video, or an array with a first frame and optionally a last frame. This model does not support generating with only a last frame.</source>
        <translation>可以指定一张图像作为输出视频的首帧，或提供包含首帧和可选尾帧的数组。此模型不支持仅用尾帧生成。</translation>
    </message>
    <message>
        <source>You may specify an image to use as the first frame of the output video, or an array with a first frame and optionally a last frame. When both keyframes are provided, output aspect ratio follows the first frame. See [image inputs](/assets/inputs#images) for file size limits.</source>
        <translation>可以指定一张图像作为输出视频的首帧，或提供包含首帧和可选尾帧的数组。同时提供两个关键帧时，输出的画幅比例跟随首帧。文件大小限制请参阅[图像输入](/assets/inputs#images)。</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>extend</source>
        <translation>延长</translation>
    </message>
    <message>
        <source>gen4_aleph was retired from the API; aleph2 replaces it. aleph2 takes the source as videoUri (not promptVideo), a free-form ratio, keyframes and a target aspect ratio.</source>
        <translation>gen4_aleph 已从 API 中停用，由 aleph2 取代。aleph2 以 videoUri（而非 promptVideo）接收源视频，支持自由画幅比例、关键帧和目标画幅比例。</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>自然</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>opaque</source>
        <translation>不透明</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>photo_denoiser</source>
        <translation>照片降噪</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>质量优先</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>sublime</source>
        <translation>插画</translation>
    </message>
    <message>
        <source>transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <source>veo3 is no longer accepted by the API; veo3.1 replaces it with the same ratios, 4/6/8 s durations, audio and first/last frames.</source>
        <translation>veo3 已不再被 API 接受，由 veo3.1 取代，后者具有相同的画幅比例、4/6/8 秒时长、音频以及首帧/尾帧。</translation>
    </message>
    <message>
        <source>very_low</source>
        <translation>很低</translation>
    </message>
    <message>
        <source>vivid</source>
        <translation>鲜艳</translation>
    </message>
    <message>
        <source>xAI Grok Imagine 1.5 Lite: fast, light video.</source>
        <translation>xAI Grok Imagine 1.5 Lite：快速轻量的视频。</translation>
    </message>
    <message>
        <source>xAI Grok Imagine 1.5: video with image and audio references.</source>
        <translation>xAI Grok Imagine 1.5：支持图像和音频参考的视频。</translation>
    </message>
    <message>
        <source>xAI Grok Imagine Image 2.</source>
        <translation>xAI Grok Imagine Image 2。</translation>
    </message>
    <message>
        <source>xhigh</source>
        <translation>超高</translation>
    </message>
</context>
</TS>
