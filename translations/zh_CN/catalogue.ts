<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Catalogue</name>
    <message>
        <source>1 to 4 images to edit. With several, the instruction describes how to combine them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HTTPS URL, Runway upload URI, or base64 data URI (e.g. `data:audio/mp3;base64,...`, up to 5MB) containing an encoded audio. See [our docs](/assets/inputs#audio) on audio inputs for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HTTPS URL, Runway upload URI, or base64 data URI (e.g. `data:image/png;base64,...`, up to 5MB) containing an encoded image. See [our docs](/assets/inputs#images) on image inputs for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HTTPS URL, Runway upload URI, or base64 data URI (e.g. `data:video/mp4;base64,...`, up to 5MB) containing an encoded video. See [our docs](/assets/inputs#videos) on video inputs for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A boolean indicating whether to enable body control. When enabled, non-facial movements and gestures will be applied to the character in addition to facial expressions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of the image you want to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of the sound effects to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-empty and optional string describing what should appear in the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-empty instruction describing the edit to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-empty prompt describing the output or extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-empty string describing the desired image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-empty string up to 1000 characters (measured in UTF-16 code units). This should describe in detail what should appear in the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-empty string up to 2500 characters (measured in UTF-16 code units). This should describe in detail what should appear in the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-empty string up to 32,000 characters describing the desired image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-empty string up to 4,000 characters describing the desired image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-empty text prompt describing how the video should evolve between the provided frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-empty text prompt describing the video to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-empty text prompt describing what should appear in the output image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-empty text prompt describing what should appear in the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-empty text prompt up to 3500 characters describing what should appear in the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-empty text prompt. For text-to-speech, the words to speak. For text-to-audio, a scene description that can include voice direction, dialogue, music, and sound effects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preferred background color as a six-digit hex string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seed for reproducible generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A string up to 2500 characters (measured in UTF-16 code units) describing motion or changes in the output video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text description of the sound effect to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text prompt describing how to edit the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text prompt describing what should appear in the output video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text prompt describing what should happen in the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video of a person performing in the manner that you would like your character to perform. The video must be between 3 and 30 seconds in duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A voice preset from the RunwayML API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Wan 3 Prime: the higher-quality Wan 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Wan 3: video with image, video and audio references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An array of one to three images to be used as references for the generated image output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An array of reference images for multi-image fusion and interactive editing. Reference by upload order in prompt text (Figure 1, Figure 2, etc.).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An array of up to 14 images to be used as references for the generated image output. Up to five can pass `subject: &quot;human&quot;` and up to nine can pass `subject: &quot;object&quot;`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An array of up to 14 images to be used as references for the generated image output. Up to five of those images can pass `subject: &quot;human&quot;` to maintain character consistency, and up to nine of those images can pass `subject: &quot;object&quot;` with high-fidelity images of objects to include in the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An array of up to 16 images to be used as references for the generated image output. No two images may share the same tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An array of up to 16 images to be used as references for the generated image output. No two images may share the same tag. Each reference image adds 1 credit per generated image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An array of up to three images to be used as references for the generated image output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audio file containing dialogue to be processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image or array of images. Use position `first`/`last` for keyframe mode, or omit position for reference images. The two modes cannot be mixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image to remix. The prompt describes how the output should differ from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image to use as the first frame of the output video. Gemini Omni Flash only supports a first frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image to use as the first frame, or an array containing a first frame and optional last frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image to use as the first frame, or an array with a first frame and optionally a last frame. A last frame requires a first frame. Each image must be at least 256 pixels on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instruction describing how to edit the reference images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An integer between 1 and 5 (inclusive). A larger value increases the intensity of the character&apos;s expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional array of audio references. Audio references require a text prompt, and the total combined duration must not exceed 15 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional array of audio references. Audio references require at least one image reference, and each clip must be between 3 and 15 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional array of audio references. The total combined duration must be less than 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional array of audio references. The total combined duration must not exceed 15 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional array of audio references. The total combined duration must not exceed 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional array of image references (up to 10). See [our docs](/assets/inputs#images) on image inputs for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional array of image references (up to 30). See [our docs](/assets/inputs#images) on image inputs for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional array of image references (up to 9). See [our docs](/assets/inputs#images) on image inputs for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional array of image references to guide the edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional array of image references to guide the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional array of image references. Referenced images can be addressed in the prompt as [Image 1], [Image 2], and so on. See [our docs](/assets/inputs#images) on image inputs for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional array of reference images (up to 4). See [our docs](/assets/inputs#images) on image inputs for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional array of reference images (up to 7). See [our docs](/assets/inputs#images) on image inputs for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional array of video references. The combined duration across all video references must not exceed 15 seconds. See [our docs](/assets/inputs#videos) on video inputs for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional array of video references. The combined duration across all video references must not exceed 30 seconds. See [our docs](/assets/inputs#videos) on video inputs for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional text prompt describing how the video should evolve from the first frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional text prompt describing motion or changes in the output video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional text prompt up to 15000 characters describing what should appear in the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional text prompt up to 3500 characters describing what should appear in the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply text normalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background treatment. Defaults to `auto`, which lets the model pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background treatment. Defaults to `auto`, which lets the model pick. Use `transparent` to generate a PNG with an alpha-channel background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boost similarity to the original speaker at a small latency cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bria FIBO 1.5: commercially safe images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bria FIBO Edit 1.5: edit 1–4 images with an instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ByteDance Seed Audio: soundscapes from a description and reference clips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ByteDance Seed Audio: speech or soundscapes, optionally in a reference voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ByteDance Seedance 2 Fast: quicker Seedance up to 720p.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ByteDance Seedance 2 Mini: the lightest Seedance, up to 720p.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ByteDance Seedance 2.5: drafts, 1080p enhancement and many references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ByteDance Seedance 2: up to 4K video with audio and rich references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ByteDance Seedream 5 Flash: fast generation and editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ByteDance Seedream 5 Lite: large images, free-form sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ByteDance Seedream 5 Pro: multi-image fusion and editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container for the output video. `mov` keeps high colour precision for grading and compositing. Defaults to `mp4`. Draft mode only supports `mp4`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creativity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creativity/freedom scale for generation. 0 gives the model maximum creative freedom, 1 makes it follow the prompt most strictly. Defaults to 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the image to generate, or how to remix the reference image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the image to generate, or the changes to make to the reference images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the vector illustration you want to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable voice cloning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft task ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop background audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs Multilingual v2: natural speech from text with a preset voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs dubbing: translate speech into 29 languages in the speaker&apos;s voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs sound effects from a description, 0.5–30 s, loopable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs speech-to-speech: re-voice a recording with a preset voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs v3: expressive speech with audio tags ([laughs], [whispers]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs v4: the newest expressive ElevenLabs voice model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs voice isolation: remove background noise from speech.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FPS boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast, inexpensive image-to-video for iterating on a shot (no audio).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine detail enhancement from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame-rate enhancer: interpolate a video to 24–120 fps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a cheap 480p preview instead of a full-quality video. The returned task ID can later be enhanced to a 1080p video with the same content by passing it as `draftTaskId` to `text_to_video`. Drafts can be enhanced within 7 days of creation. Defaults to false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Gemini 2.5 Flash Image: quick image generation with references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Gemini Image 3 Pro: high-resolution images up to 6K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Gemini Image 3.1 Flash Lite: fast and light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Gemini Image 3.1 Flash: up to 14 references, several outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Gemini Omni Flash 1.1: video with references, up to 4K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Gemini Omni Flash: quick 3–10 s video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Veo 3.1 Fast: quicker and cheaper Veo with audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Veo 3.1: high-quality video with native audio, first/last-frame control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grain and texture enhancement from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H3 Max: video with prompt expansion control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HappyHorse 1.0: long prompts, 720p or 1080p video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How closely the output tracks the original speaker (0–1). Maps to ElevenLabs similarity_boost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How closely the output tracks the original speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much AI-generated detail to add during upscaling, from 0 (faithful) to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much rendering effort the model spends on each image. Defaults to `medium` (8 credits per image) when generating from reference images and `high` (25 credits) otherwise, including `preciseEdit`. `low` costs 4 credits and `very_low` 1; `very_low` requires reference images and is not available with `preciseEdit`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much rendering effort the model spends on each image. `low` costs 4 credits per image, `medium` 7 and `high` 11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much rendering effort the model spends on the output. Defaults to `medium`; `low` is faster and costs 2 fewer credits per image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the model reasons about the prompt before generating. Defaults to medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the input video is used. `reference` (the default) generates a new video conditioned on the input video and accepts `duration` and `ratio`. `extend` continues the input video, requires `promptText`, and matches the input aspect ratio, so `ratio` may not be provided. `edit` modifies the input video in place, requires `promptText`, requires `duration: &quot;auto&quot;`, and does not accept `ratio`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the input video is used. `reference` generates a new video guided by the input, `extend` continues it, and `edit` transforms it according to the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the model rewrites the prompt before generating. disabled keeps the prompt as written. balanced (the default) does a short rewrite. quality spends extra time rewriting for a stronger result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 639-1 language code to enforce pronunciation and normalization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideogram 4.0: strong typography; remix one image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideogram 4.5: typography, masked and precise edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If unspecified, a random number is chosen. Identical results also need promptExpansionMode set to disabled; balanced and quality rewrite the prompt and will not repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If unspecified, a random number is chosen. Using the same seed with an identical request reproduces the same image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If unspecified, a random number is chosen. Varying the seed integer is a way to get different results for the same other request parameters. Using the same seed integer for an identical request will produce similar results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image for the first frame of the output video, or an array with first and optionally last frames. Output aspect ratio follows the input image; `ratio` is not supported on image-to-video. See [image inputs](/assets/inputs#images) for file size limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image to video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image upscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images of characters, objects or styles to use in the video. Up to 10 images in total, frames included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images to edit or combine. Refer to them in the prompt by upload order (Figure 1, Figure 2, and so on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kling 2.5 Turbo Pro: quick 5 or 10 s clips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kling 3.0 Pro (1080p) with optional audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kling 3.0 Standard (720p) with optional audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kling 3.0 at 4K with optional audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kling 4: video from text, frames, image and video references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kling O3 Pro (1080p): multi-shot video with image references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kling O3 Standard (720p): multi-shot video with image references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kling O3 at 4K: multi-shot video with image references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language code to enforce pronunciation, such as &quot;en&quot; or &quot;pt&quot;. A regional code such as &quot;pt-BR&quot; is read as its language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loudness rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnific creative video upscaler: up to 4K with added detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnific precision upscaler v2: enlarge an image 2–16×.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiniMax Hailuo 3: expressive motion with image, video and audio references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirelo SFX 2.0: a soundtrack of effects for your video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirelo SFX 2.0: sound effects, or a soundtrack for a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplies each input dimension to produce output width and height. Defaults to 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muse Image: generate or edit from up to 10 images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nano Banana 2.1: editing and compositing with up to 14 references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Num variants</source>
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
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI GPT Image 2.5 Flare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI GPT Image 2.5 Sunburst, with transparent backgrounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI GPT Image 2: precise prompt following, up to 4K, transparency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimization preset: `sublime` (illustration), `photo` (photographic), or `photo_denoiser` (noisy photos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional seed for more consistent output. The same seed and settings tend to sound alike, but it is not guaranteed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional seed for more deterministic output (0–4294967295). Not guaranteed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output audio container/format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output quality tier. Output aspect ratio follows the input image. - `720P` - Deprecated: Use &quot;720p&quot; instead. - `1080P` - Deprecated: Use &quot;1080p&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output quality tier. The video keeps the input media framing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output sample rate in Hz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch shift in semitones. Negative lowers, positive raises; 0 is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precise edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred colors as six-digit hex strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred colors as six-digit hex values, such as #FF8800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preserve speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProRes profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing style: `vivid` for enhanced color and detail, `natural` for faithful reproduction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt adherence (CFG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt expansion mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider-specific settings for multishot video generation and video editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider-specific settings for multishot video generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recraft V4.1 Flash: design-oriented raster images with a colour palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recraft V4.1 Vector: vector illustrations.</source>
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
        <source>Relative output loudness. Negative is quieter, positive is louder; 0 is normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative speech speed. Negative is slower, positive is faster; 0 is normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove background noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering quality. Higher qualities consume more credits. Defaults to `high`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway Act-Two: drive a character image or video with a performance video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway Aleph 2: edit and restyle an existing video with a prompt and keyframes (replaces gen4_aleph).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway Gen-4 Image Turbo: fast images from 1–3 tagged references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway Gen-4 Image: high-quality images, optionally guided by up to 3 tagged references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway&apos;s newest and best video model, animating your image (2–10 s, no audio).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway&apos;s newest and best video model, from a text prompt alone (2–10 s, no audio).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of video to generate, or `auto` to let the model choose. `auto` is billed at the variant maximum up front; unused credits are refunded after the generation finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of video to generate, or `auto` to let the model choose. `auto` is billed at the variant maximum up front; unused credits are refunded after the generation finishes. Defaults to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings that affect the behavior of the content moderation system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpness intensity from 0 (none) to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart grain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds to avoid in the generated audio.</source>
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
        <source>Speech rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech speed multiplier (0.7–1.2). 1.0 is default; values below slow down and above speed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech speed multiplier. Values below 1 slow the speech down, and values above 1 speed it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech to speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style exaggeration (0–1). Higher values amplify the speaker style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style exaggeration. Higher values amplify the speaker style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target aspect ratio for expand/outpaint. Letterboxes the input video and keyframes before generation.</source>
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
        <source>Target output resolution from 720p to 4k. Defaults to `2k`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing what should not appear in the output video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text normalization mode: &apos;auto&apos;, &apos;on&apos;, or &apos;off&apos; (e.g. spelling out numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text that comes after this request, so the speech can lead into a later generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text that comes before this request, so the speech can continue from an earlier generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of a succeeded draft task to enhance to 1080p. The draft is regenerated with its original prompt, references, and settings, so no other generation fields may be provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ProRes profile to use. Only valid when `outputFormat` is `prores` or `hdr_prores`. For `prores`, any profile is accepted and the default is `4444`. For `hdr_prores`, only `422`, `422 HQ` and `4444` are available and the default is `422 HQ` — `422 Proxy` and `422 LT` quantize too heavily to hold the HDR gradients, and 12-bit output is served by `hdr_pq_12bit_master` instead of `4444 XQ`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ProRes profile to use. Only valid when `outputFormat` is `prores`. Defaults to `4444`. Note: generated content contains no transparency — the alpha channel in `4444` / `4444 XQ` outputs is present but fully opaque; choose these tiers for 12-bit 4:4:4 color fidelity, not for mattes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aspect ratio of the output video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aspect ratio of the output video. Use adaptive only when image or video references are provided; text-only requests require a concrete ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aspect ratio of the output video: `1280:720` (landscape) or `720:1280` (portrait).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character to control. You can either provide a video or an image. A visually recognizable face must be visible and stay within the frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container/encoding of the output. `mp4` (default) returns an H.264 .mp4. `prores` returns a ProRes .mov. `png_sequence` returns a .zip of PNG frames (plus a separate .wav artifact when the output has audio). `hdr10` (HEVC Main 10, BT.2020 + PQ) and `hlg` (HEVC Main 10, BT.2020 + HLG) return true-HDR 10-bit .mp4s; `sdr_rec709_10bit` returns a 10-bit Rec.709 HEVC .mp4 for SDR grading pipelines; `hdr_pq_12bit_master` returns a 12-bit 4:4:4 BT.2020 + PQ HEVC .mov with measured HDR10 content-light metadata for mastering; `hdr_prores` returns a BT.2020 + PQ ProRes .mov editorial mezzanine, whose tier is selectable with `proresProfile` (`422`, `422 HQ`, or `4444`; defaults to `422 HQ`); `hdr_png_sequence` returns a .zip of 16-bit PNG frames carrying the PQ signal losslessly (plus a colorimetry.json sidecar and a separate .wav when the output has audio); `hdr_exr_sequence` returns a .zip of half-float OpenEXR frames carrying the HDR signal as linear BT.2020 display light, 1.0 = 100 nits (plus a colorimetry.json sidecar and a separate .wav when the output has audio); `hdr_exr_acescg_sequence_1_3` returns the same delivery as scene-referred ACEScg (inverted through the ACES 1.3 Output Transform), reading correctly with the stock `ACES - ACEScg` input transform in ACES-configured pipelines, with VFX sequence frame naming (frame.0001.exr). Non-mp4 formats incur an additional per-second credit surcharge: 5 credits per second for `prores` and `png_sequence`, and 20 credits per second for every 10-bit and deeper profile (including the 12-bit, 16-bit, and EXR ones), rising to 40 credits per second when the output is larger than 4 megapixels — that includes 1440p (2560x1440 is under the line, but anything larger crosses it) up through 4K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container/encoding of the output. `mp4` (default) returns an H.264 .mp4. `prores` returns a ProRes .mov. `png_sequence` returns a .zip of PNG frames. `sdr_rec709_10bit` returns a 10-bit Rec.709 HEVC .mp4 for SDR grading pipelines. Non-mp4 formats incur an additional surcharge: 5 credits per second for `prores` and `png_sequence`, and 20 credits per second for `sdr_rec709_10bit` — 40 credits per second when the output is larger than 4 megapixels — includes anything larger than 1440p, up through 4K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration in seconds. In reference mode, this is the output video length. In extend mode, this is the amount of footage added to the input video. Use &quot;auto&quot; to let the model choose a duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration of the generated audio in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration of the output video in seconds, as a whole number from 3 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration of the output video in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration of the output video in seconds. Defaults to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration of the output video in seconds. Use &quot;auto&quot; to let the model choose a duration. Numeric durations must be between 3 and 10 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration of the sound effect in seconds, between 0.5 and 30 seconds. If not provided, the duration will be determined automatically based on the text description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file format of the output image. Defaults to png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first frame of the video, or an array with a first frame and optional middle and last frames. The video follows the first frame’s aspect ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format of the generated audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of audio variations to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of images to generate (1-10). Increasing this number will affect the number of credits consumed by the generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of images to generate. Each image costs 1 credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of images to generate. Each image is billed separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of images to generate. Increasing this number will affect the number of credits consumed by the generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of images to generate. Increasing this number will affect the number of credits consumed by the generation. Up to four images can be generated at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of seconds of duration for the output video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of seconds of duration for the output video. Must be an integer from 2 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of speakers in the audio. If not provided, it will be detected automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output dimensions, expressed as `&lt;width&gt;:&lt;height&gt;`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file format. Defaults to webp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output frame rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output resolution. Hailuo 3.0 supports 768p and 2k. - `768P` - Deprecated: Use &quot;768p&quot; instead. - `2K` - Deprecated: Use &quot;2k&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output resolution. MiniMax H3 Max supports 480p and 768p.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output resolution. Output aspect ratio follows the input image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output resolution. Requests with image references are capped at 720p.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preferred background color as a six-digit hex value. This is a generation hint, not an exact color constraint; the generated background may use a different shade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution and aspect ratio of the output video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution of the output image, expressed as `&lt;width&gt;:&lt;height&gt;`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution of the output image, expressed as `&lt;width&gt;:&lt;height&gt;`. 1MP sizes cost 5 credits per image and 4MP sizes 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution of the output image, expressed as `&lt;width&gt;:&lt;height&gt;`. 2K ratios cost 2 additional credits per image. Use `auto_1k` or `auto_2k` to pick a resolution tier and let the model choose the framing from the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution of the output image, expressed as `&lt;width&gt;:&lt;height&gt;`. Also accepts freeform sizes whose width\**height is between 3686400 and 16777216 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution of the output image, expressed as `&lt;width&gt;:&lt;height&gt;`. Omit it or use `auto` to keep the framing of the first reference image. Choosing a size requires at least 2 reference images; a single image always keeps its own framing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution of the output image, expressed as `&lt;width&gt;:&lt;height&gt;`. Omit it or use `auto` to let the model choose. With reference images, widescreen 1K sizes are `1024:576`, `576:1024`, `1408:704`, `704:1408` instead of `1280:720`, `720:1280`, `1440:720`, `720:1440`. Not available with `maskUri` or `preciseEdit`, which keep the size of the first reference image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution of the output image, expressed as `&lt;width&gt;:&lt;height&gt;`. Use `auto_1k` or `auto_2k` to let the model pick aspect ratio at a fixed resolution tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution of the output image, expressed as `&lt;width&gt;:&lt;height&gt;`. Use `auto_1k` or `auto_2k` to let the model pick the aspect ratio at a fixed resolution tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution of the output image, expressed as `&lt;width&gt;:&lt;height&gt;`. Use `auto` to let the model choose the framing from the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution of the output image, expressed as `&lt;width&gt;:&lt;height&gt;`. Use `auto` to let the model choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution of the output image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution of the output video, as `&lt;width&gt;:&lt;height&gt;`. Keyframe image-to-video requests must use `auto_480p`, `auto_720p`, or `auto_1080p` because their aspect ratio follows the first frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution of the output video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution of the output video. Seedance 2.0 Fast supports 480p and 720p only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution of the output video. Seedance 2.0 Mini supports 480p and 720p only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution of the output video. Seedance 2.5 supports 480p, 720p, and 1080p.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution of the output video. Seedance 2.5 supports 480p, 720p, and 1080p. Defaults to `1280:720`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution of the output video. The 1080p sizes are rendered at 720p and upscaled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution of the output video. The output keeps the input image&apos;s aspect ratio. `auto_1080p` is rendered at 720p and upscaled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start frame of the output video. The output keeps its aspect ratio, which (width / height) must be between 0.4 and 2.5. See [our docs](/assets/inputs#images) for image input requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target language code to dub the audio to (e.g., &quot;es&quot; for Spanish, &quot;fr&quot; for French).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target output size. Use a pixel ratio such as `1280:720` or `auto_720p` / `auto_1080p` for adaptive framing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to convert to speech. You can include expressive audio tags like [laughs] or [whispers] in the script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to convert to speech. You can include expressive audio tags like [laughs], [whispers], or [pause] in the script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice to use for text-to-speech generation. If omitted, a default voice is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The width and height declared by the output SVG. Vector artwork can be scaled after generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This should describe in detail what should appear in the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed guidance images placed at specific points in the input video. Up to 5 keyframes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ultra detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 1 image to guide the generation. The prompt describes how the output should build on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 10 images to guide the generation. When provided, the model edits and combines them as your prompt describes instead of generating from the prompt alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 14 images to edit, combine, or use as references for the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 3 images to guide the generation. Reference them from `promptText` to describe how each should be used. Each adds 1 credit to the generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 5 images to guide the generation. With `maskUri` or `preciseEdit`, the first image is the one being edited and the rest are references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 5 videos whose style, motion or camera work should guide the output, together at most 30 seconds long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to three reference audio clips. When provided, reference them in promptText as @Audio1, @Audio2, and @Audio3 in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use speaker boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video to audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video to video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video upscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice dubbing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice stability (0–1). Lower values allow broader emotional range; higher values are steadier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice stability. Lower values allow broader emotional range; higher values are steadier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When true with exactly one reference image, edit that image directly instead of using it as a loose visual reference. With several reference images the prompt describes how they should be edited or combined. Requires at least one reference image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When true, edit the first reference image while preserving its composition and dimensions. Requires at least one reference image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When true, enable live web search so the model can use current brand, trend, or event context. Default false for deterministic output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the output sound effect should be designed to loop seamlessly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether to disable voice cloning and use a generic voice instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether to generate audio for the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether to generate audio for the video. Audio inclusion affects pricing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether to generate audio for the video. Defaults to `true`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether to generate audio with the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether to increase the output frame rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether to preserve dialogue from the input video. Disabling this does not guarantee speech-free output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether to remove background audio from the dubbed output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether to remove background noise from the generated speech.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may specify an image to use as the first frame of the output video, or an array with a first frame and optionally a last frame. This model does not support generating with only a last frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may specify an image to use as the first frame of the output video, or an array with a first frame and optionally a last frame. When both keyframes are provided, output aspect ratio follows the first frame. See [image inputs](/assets/inputs#images) for file size limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gen4_aleph was retired from the API; aleph2 replaces it. aleph2 takes the source as videoUri (not promptVideo), a free-form ratio, keyframes and a target aspect ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>natural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo_denoiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sublime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veo3 is no longer accepted by the API; veo3.1 replaces it with the same ratios, 4/6/8 s durations, audio and first/last frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very_low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vivid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xAI Grok Imagine 1.5 Lite: fast, light video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xAI Grok Imagine 1.5: video with image and audio references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xAI Grok Imagine Image 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xhigh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
