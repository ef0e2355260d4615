<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LibraryFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>自定义范围…</translation>
    </message>
    <message>
        <source>Search prompts and models</source>
        <translation>搜索提示词和模型</translation>
    </message>
    <message>
        <source>Search takes by prompt or model</source>
        <translation>按提示词或模型搜索成品</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <source>List view</source>
        <translation>列表视图</translation>
    </message>
    <message>
        <source>Show the takes as a list</source>
        <translation>以列表显示成品</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>所有模型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>♥ Favourites</source>
        <translation>♥ 收藏</translation>
    </message>
    <message>
        <source>Only favourites</source>
        <translation>仅显示收藏</translation>
    </message>
    <message>
        <source>{stars} or more</source>
        <translation>{stars} 及以上</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>任意评分</translation>
    </message>
    <message>
        <source>Minimum rating</source>
        <translation>最低评分</translation>
    </message>
    <message>
        <source>Batch or pipeline</source>
        <translation>批量或流水线</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>所有批量</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>素材库</translation>
    </message>
    <message>
        <source>No takes yet: every output you generate is kept here.</source>
        <translation>还没有成品：您生成的每个输出都会保存在这里。</translation>
    </message>
    <message>
        <source>Library status</source>
        <translation>素材库状态</translation>
    </message>
    <message>
        <source>♥ Favourite</source>
        <translation>♥ 收藏</translation>
    </message>
    <message>
        <source>Mark or unmark the selected takes as favourites</source>
        <translation>将所选成品标记为收藏或取消收藏</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Compare the selected takes side by side</source>
        <translation>并排对比所选成品</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Copy the selected takes and their sidecars to a folder</source>
        <translation>将所选成品及其附属文件复制到文件夹</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Move the selected takes&apos; files to the trash</source>
        <translation>将所选成品的文件移到回收站</translation>
    </message>
    <message>
        <source>Library message</source>
        <translation>素材库消息</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Put the trashed takes back</source>
        <translation>恢复移到回收站的成品</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No takes match these filters.</source>
        <translation>没有符合这些筛选条件的成品。</translation>
    </message>
    <message>
        <source>{takes} · {selected} selected</source>
        <translation>{takes} · 已选 {selected} 个</translation>
    </message>
    <message>
        <source>Select 2 to 4 takes to compare them.</source>
        <translation>请选择 2 到 4 个成品进行对比。</translation>
    </message>
    <message>
        <source>Moved 1 take to the trash.</source>
        <translation>已将 1 个成品移到回收站。</translation>
    </message>
    <message>
        <source>Moved {count} takes to the trash.</source>
        <translation>已将 {count} 个成品移到回收站。</translation>
    </message>
    <message>
        <source>Put 1 take back.</source>
        <translation>已恢复 1 个成品。</translation>
    </message>
    <message>
        <source>Put {count} takes back.</source>
        <translation>已恢复 {count} 个成品。</translation>
    </message>
    <message>
        <source>Export takes to a folder</source>
        <translation>将成品导出到文件夹</translation>
    </message>
    <message>
        <source>Exported 1 file to {folder}.</source>
        <translation>已将 1 个文件导出到 {folder}。</translation>
    </message>
    <message>
        <source>Exported {count} files to {folder}.</source>
        <translation>已将 {count} 个文件导出到 {folder}。</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>没有导出任何文件。</translation>
    </message>
    <message>
        <source>That did not work: {reason}. Nothing else was changed.</source>
        <translation>操作未成功：{reason}。其他内容均未更改。</translation>
    </message>
    <message>
        <source>1 take</source>
        <translation>1 个成品</translation>
    </message>
    <message>
        <source>{count} takes</source>
        <translation>{count} 个成品</translation>
    </message>
</context>
<context>
    <name>LibraryText</name>
    <message>
        <source>VIDEO</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>AUDIO</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>(no prompt)</source>
        <translation>（无提示词）</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <source>{kind} · {seconds} s</source>
        <translation>{kind} · {seconds} 秒</translation>
    </message>
    <message>
        <source>{model} · seed {seed}</source>
        <translation>{model} · 种子 {seed}</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>{stars} of 5 stars</source>
        <translation>{stars} 星（满分 5 星）</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>no prompt</source>
        <translation>无提示词</translation>
    </message>
    <message>
        <source>{kind} by {caption}, {when}, {stars}, favourite. {prompt}</source>
        <translation>{kind}，{caption}，{when}，{stars}，已收藏。{prompt}</translation>
    </message>
    <message>
        <source>{kind} by {caption}, {when}, {stars}. {prompt}</source>
        <translation>{kind}，{caption}，{when}，{stars}。{prompt}</translation>
    </message>
    <message>
        <source>the desktop&apos;s trash refused it</source>
        <translation>桌面回收站拒绝了该操作</translation>
    </message>
    <message>
        <source>{name} could not be moved to the trash: {reason}.</source>
        <translation>无法将 {name} 移到回收站：{reason}。</translation>
    </message>
    <message>
        <source>{name} could not be put back: {reason}</source>
        <translation>无法恢复 {name}：{reason}</translation>
    </message>
    <message>
        <source>The sidecar of {name} stayed in the trash: {reason}</source>
        <translation>{name} 的附属文件仍在回收站中：{reason}</translation>
    </message>
</context>
<context>
    <name>TakesModel</name>
    <message>
        <source>The library could not be read: {reason}.</source>
        <translation>无法读取素材库：{reason}。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>TakesView</name>
    <message>
        <source>Takes</source>
        <translation>成品</translation>
    </message>
</context>
</TS>
