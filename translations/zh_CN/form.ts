<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChoiceField</name>
    <message>
        <source>Auto (standard checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low (fewer checks on public figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default ({value})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropRouting</name>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be taken: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an image, but {where} has no place for an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a video, but {where} has no place for a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an audio file, but {where} has no place for an audio file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is this kind of file, but {where} has no place for this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationField</name>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} to {high} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the model choose the length</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>{field} *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Required.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerateFooter</name>
    <message>
        <source>Generate bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan this request over several prompts, seeds, models, ratios…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerateTab</name>
    <message>
        <source>Add a Runway API key in Settings, or try the offline simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {model} generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the queue: {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the queue: {model} · seed {seed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} is not offered any more, so its parameters cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} ({endpoint})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonField</name>
    <message>
        <source>Empty: the model&apos;s defaults apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON yet: {error} (line {line}, column {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyframeRow</name>
    <message>
        <source>seconds from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fraction of the video (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyframe time unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyframe time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove keyframe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyframesField</name>
    <message>
        <source>Add keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to {count} keyframes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageField</name>
    <message>
        <source>Search languages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaAdmission</name>
    <message>
        <source>an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inline, {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload, {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; looks like {kind}, but {field} takes {takes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link: Runway downloads it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaCell</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIDEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUDIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop {wanted} here, paste it (Ctrl+V), or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention it in the prompt as @tag (3–16 letters, digits or _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file (or drop one here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty, drop or paste {wanted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {held}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a file here, press Ctrl+V to paste, or use Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaSlot</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.mkv *.webm *.m4v)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio (*.mp3 *.wav *.flac *.m4a *.aac)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} audio files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to {items}. Tag each one to mention it in the prompt as @tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any number of {items}. Tag each one to mention it in the prompt as @tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any number of {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}, {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} takes {items} at most; 1 more was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} takes {items} at most; {count} more were not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {wanted} for {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be taken: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelForm</name>
    <message>
        <source>More settings ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelHeader</name>
    <message>
        <source>Inputs: {inputs}   ·   Price: {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files anywhere on this form ({kinds}): each goes to the first place that takes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kinds} (first/last frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no required inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{needed} · optional: {optional}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model with the arrow keys; its form opens beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} (featured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs: {inputs}&lt;br&gt;Price: {price}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Default ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>Describe the shot: the subject, what happens, the camera and the light…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the motion: what moves in the image and how the camera moves…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe how the video should change: its style, look or setting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the image: the subject, the setting and the style…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the words to be spoken, exactly as they should be said…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the sound: what makes it, where, and how it changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the sound to add to the video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what you want the model to make…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptField</name>
    <message>
        <source>1 character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as Runway counts: most emoji count as two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what you want to see or hear…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteLabel</name>
    <message>
        <source>1 credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>${amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{credits} · {dollars}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated {price}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatioPicker</name>
    <message>
        <source>Model default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the model choose its default size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio {name}, {pixels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>{name} carries no generation settings (it was not saved by Runway Desktop, or an editor removed them), so there is nothing to fill the form with. Choose an output saved by the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} carries settings, but they name no model this app knows; the form is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings from {name} are in the form: {model}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings from {name} are in the form: {model} · seed {seed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input or settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was made with {model}. Use the file as an input of this form, or fill the form with the settings it was made with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use its settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreFromFile</name>
    <message>
        <source>Use the settings of an output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs (*.png *.jpg *.jpeg *.webp *.mp4 *.mov *.mp3 *.wav *.flac *.m4a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings in {name} could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeedField</name>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random: a new seed is drawn for every generation, sent with it and kept in the history and the sidecar, so any take can be made again. Fixed: the same seed every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a new random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: random or fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed: drawn anew for each generation, or fixed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceField</name>
    <message>
        <source>Search voices…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
