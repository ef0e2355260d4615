<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AudioLane</name>
    <message>
        <source>Waveform of take {number}</source>
        <translation>成品 {number} 的波形</translation>
    </message>
    <message>
        <source>Solo</source>
        <translation>独奏</translation>
    </message>
    <message>
        <source>Hear take {number} alone ({key})</source>
        <translation>只听成品 {number} ({key})</translation>
    </message>
    <message>
        <source>Solo take {number}</source>
        <translation>独奏成品 {number}</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Silence take {number}</source>
        <translation>将成品 {number} 静音</translation>
    </message>
    <message>
        <source>Mute take {number}</source>
        <translation>静音成品 {number}</translation>
    </message>
</context>
<context>
    <name>AudioPage</name>
    <message>
        <source>No waveform: {reason}</source>
        <translation>没有波形：{reason}</translation>
    </message>
</context>
<context>
    <name>CompareText</name>
    <message>
        <source>{name} could not be read as an image</source>
        <translation>无法将 {name} 读取为图像</translation>
    </message>
    <message>
        <source>Take {number}: {model}, seed {seed}</source>
        <translation>成品 {number}：{model}，种子 {seed}</translation>
    </message>
    <message>
        <source>Task {task} has no saved output to compare at {path}.</source>
        <translation>任务 {task} 在 {path} 没有可供对比的已保存输出。</translation>
    </message>
    <message>
        <source>Task {task} has no saved output to compare.</source>
        <translation>任务 {task} 没有可供对比的已保存输出。</translation>
    </message>
    <message>
        <source>Select at least {least} takes to compare (you selected {count}).</source>
        <translation>请至少选择 {least} 个成品进行对比（您选择了 {count} 个）。</translation>
    </message>
    <message>
        <source>Compare shows at most {most} takes at once; you selected {count}.</source>
        <translation>对比一次最多显示 {most} 个成品；您选择了 {count} 个。</translation>
    </message>
    <message>
        <source>Only videos, images and audio can be compared, not {kind}.</source>
        <translation>只能对比视频、图像和音频，不能对比 {kind}。</translation>
    </message>
    <message>
        <source>{kind} and {other}</source>
        <translation>{kind}和{other}</translation>
    </message>
    <message>
        <source>videos, images and sounds</source>
        <translation>视频、图像和声音</translation>
    </message>
    <message>
        <source>Compare takes of one kind at a time; these mix {kinds}.</source>
        <translation>一次只能对比同一类型的成品；所选成品混合了{kinds}。</translation>
    </message>
    <message>
        <source>{name} is no longer in the library folder; save it again to compare it.</source>
        <translation>{name} 已不在素材库文件夹中；请重新保存后再对比。</translation>
    </message>
    <message>
        <source>{name} has no sound</source>
        <translation>{name} 没有声音</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Space play/pause · ←/→ one frame · 1–4 show one take · Esc close</source>
        <translation>Space 播放/暂停 · ←/→ 逐帧 · 1–4 单独显示成品 · Esc 关闭</translation>
    </message>
    <message>
        <source>Drag pans · wheel or +/− zooms · 1–4 show one take · Esc close</source>
        <translation>拖动平移 · 滚轮或 +/− 缩放 · 1–4 单独显示成品 · Esc 关闭</translation>
    </message>
    <message>
        <source>Space play/pause · ←/→ step · 1–4 solo a take · Esc close</source>
        <translation>Space 播放/暂停 · ←/→ 步进 · 1–4 独奏成品 · Esc 关闭</translation>
    </message>
    <message>
        <source>Compare {count} videos</source>
        <translation>对比 {count} 个视频</translation>
    </message>
    <message>
        <source>Compare {count} images</source>
        <translation>对比 {count} 张图像</translation>
    </message>
    <message>
        <source>Compare {count} sounds</source>
        <translation>对比 {count} 段声音</translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>ImagePage</name>
    <message>
        <source>Wipe: drag the divider to compare two takes</source>
        <translation>划像：拖动分隔线对比两个成品</translation>
    </message>
    <message>
        <source>Left of the divider</source>
        <translation>分隔线左侧</translation>
    </message>
    <message>
        <source>Right of the divider</source>
        <translation>分隔线右侧</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Every take side by side</source>
        <translation>并排显示所有成品</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>划像</translation>
    </message>
    <message>
        <source>Two takes split by a divider you drag</source>
        <translation>用可拖动的分隔线分开两个成品</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Fit every image in its frame (0)</source>
        <translation>让每张图像适应其画框 (0)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>一个图像像素对应一个屏幕像素</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>缩小 (−)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大 (+)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Drag to pan · wheel to zoom · every take follows</source>
        <translation>拖动平移 · 滚轮缩放 · 所有成品同步</translation>
    </message>
    <message>
        <source>{number} · {model} · seed {seed}</source>
        <translation>{number} · {model} · 种子 {seed}</translation>
    </message>
    <message>
        <source>Cannot show this take: {reason}</source>
        <translation>无法显示此成品：{reason}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>SharedLabel</name>
    <message>
        <source>No parameter is shared by every take.</source>
        <translation>没有所有成品都相同的参数。</translation>
    </message>
    <message>
        <source>Same in every take: {parameters}</source>
        <translation>所有成品相同：{parameters}</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause every take (Space)</source>
        <translation>播放或暂停所有成品 (Space)</translation>
    </message>
    <message>
        <source>Previous frame (Left arrow)</source>
        <translation>上一帧 (Left arrow)</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <source>Next frame (Right arrow)</source>
        <translation>下一帧 (Right arrow)</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <source>Drag to scrub every take together</source>
        <translation>拖动以同时定位所有成品</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入点</translation>
    </message>
    <message>
        <source>Loop from the current frame</source>
        <translation>从当前帧开始循环</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出点</translation>
    </message>
    <message>
        <source>Loop back after the current frame</source>
        <translation>在当前帧之后返回循环</translation>
    </message>
    <message>
        <source>Clear loop</source>
        <translation>清除循环</translation>
    </message>
    <message>
        <source>Loop over the whole take again</source>
        <translation>重新循环整个成品</translation>
    </message>
    <message>
        <source>{position} / {duration}</source>
        <translation>{position} / {duration}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Loop {start}–{end}</source>
        <translation>循环 {start}–{end}</translation>
    </message>
    <message>
        <source>Loop: whole take</source>
        <translation>循环：整个成品</translation>
    </message>
</context>
<context>
    <name>VideoTile</name>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Cannot play {name}: {reason}</source>
        <translation>无法播放 {name}：{reason}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>Reading the sound…</source>
        <translation>正在读取声音…</translation>
    </message>
</context>
</TS>
