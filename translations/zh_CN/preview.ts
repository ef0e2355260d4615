<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image preview</source>
        <translation>图像预览</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <source>Drag to scrub</source>
        <translation>拖动以定位</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Play again from the start when it ends</source>
        <translation>结束后从头再次播放</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Vol</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>{position} / {duration}</source>
        <translation>{position} / {duration}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Cannot play this file: {reason}</source>
        <translation>无法播放此文件：{reason}</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Previous output</source>
        <translation>上一个输出</translation>
    </message>
    <message>
        <source>Next output</source>
        <translation>下一个输出</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Fit the image in the pane</source>
        <translation>让图像适应窗格大小</translation>
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
        <source>Zoom out (or use the wheel)</source>
        <translation>缩小（或使用滚轮）</translation>
    </message>
    <message>
        <source>Zoom in (or use the wheel)</source>
        <translation>放大（或使用滚轮）</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>第 {number} 个，共 {count} 个</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Cannot show {name}: {reason}</source>
        <translation>无法显示 {name}：{reason}</translation>
    </message>
</context>
<context>
    <name>PreviewText</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>a local file</source>
        <translation>一个本地文件</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} 字节</translation>
    </message>
    <message>
        <source>{size} {unit}</source>
        <translation>{size} {unit}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>inline {type} ({size})</source>
        <translation>内嵌 {type}（{size}）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>制作方式</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>扣费</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>预估</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Runway task</source>
        <translation>Runway 任务</translation>
    </message>
    <message>
        <source>adding sound</source>
        <translation>添加声音</translation>
    </message>
    <message>
        <source>offset {value} s</source>
        <translation>偏移 {value} 秒</translation>
    </message>
    <message>
        <source>gain {value} dB</source>
        <translation>增益 {value} dB</translation>
    </message>
    <message>
        <source>fade {value} s</source>
        <translation>淡入淡出 {value} 秒</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>成品</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>task {id}</source>
        <translation>任务 {id}</translation>
    </message>
    <message>
        <source>no longer in the history</source>
        <translation>已不在历史记录中</translation>
    </message>
    <message>
        <source>{model} · output {number}</source>
        <translation>{model} · 输出 {number}</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Made into</source>
        <translation>衍生</translation>
    </message>
    <message>
        <source>No sidecar file beside this output; showing what the history recorded.</source>
        <translation>此输出旁没有附属文件；显示的是历史记录中的内容。</translation>
    </message>
    <message>
        <source>Select a task in the queue to preview its output here.</source>
        <translation>在队列中选择一个任务，即可在这里预览其输出。</translation>
    </message>
    <message>
        <source>{path} could not be read as an image</source>
        <translation>无法将 {path} 读取为图像</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未提供原因</translation>
    </message>
    <message>
        <source>The output could not be saved: {reason}</source>
        <translation>无法保存输出：{reason}</translation>
    </message>
    <message>
        <source>The output is not saved yet: {reason}</source>
        <translation>输出尚未保存：{reason}</translation>
    </message>
    <message>
        <source>The outputs are being saved to the library; they appear here when saved.</source>
        <translation>输出正在保存到素材库；保存后会显示在这里。</translation>
    </message>
    <message>
        <source>it cannot go on by itself.</source>
        <translation>它无法自行继续。</translation>
    </message>
    <message>
        <source>This task needs your attention: {reason}

{next_step}</source>
        <translation>此任务需要处理：{reason}

{next_step}</translation>
    </message>
    <message>
        <source>This task failed: {reason}

{charge}</source>
        <translation>此任务失败：{reason}

{charge}</translation>
    </message>
    <message>
        <source>This task was cancelled, so it has no output.

{charge}</source>
        <translation>此任务已取消，因此没有输出。

{charge}</translation>
    </message>
    <message>
        <source>Runway may or may not have created this task: the connection broke after it was sent. It is never sent again by itself; Retry sends it as a new task.

{charge}</source>
        <translation>Runway 可能已创建、也可能未创建此任务：发送后连接中断。它不会自动重新发送；点击“重试”会将其作为新任务发送。

{charge}</translation>
    </message>
    <message>
        <source>Waiting on this computer for its turn to be sent (Settings → Tasks sent at once).</source>
        <translation>正在本机排队等待发送（设置 → 同时发送的任务数）。</translation>
    </message>
    <message>
        <source>Being sent to Runway…</source>
        <translation>正在发送到 Runway…</translation>
    </message>
    <message>
        <source>Runway has the task and will start it shortly. The output appears here when it is ready.</source>
        <translation>Runway 已收到任务，即将开始。输出完成后会显示在这里。</translation>
    </message>
    <message>
        <source>Waiting at Runway for a free slot: your organization&apos;s tasks at once are in use. This is not a failure; it starts by itself.</source>
        <translation>正在 Runway 等待空闲名额：您的组织可同时运行的任务已占满。这不是失败，任务会自动开始。</translation>
    </message>
    <message>
        <source>Runway is generating it ({percent} % done). The output appears here when it is ready.</source>
        <translation>Runway 正在生成（已完成 {percent} %）。输出完成后会显示在这里。</translation>
    </message>
    <message>
        <source>Runway is generating it. The output appears here when it is ready.</source>
        <translation>Runway 正在生成。输出完成后会显示在这里。</translation>
    </message>
    <message>
        <source>The output appears here when the task succeeds.</source>
        <translation>任务完成后，输出会显示在这里。</translation>
    </message>
</context>
</TS>
