<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>GroupsStrip</name>
    <message>
        <source>Pause queue</source>
        <translation>暂停队列</translation>
    </message>
    <message>
        <source>Send nothing new; tasks already at Runway finish and download.</source>
        <translation>不再发送新任务；已在 Runway 的任务会完成并下载。</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>全部取消</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>移除这一组</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <source>Close the group: show every task again</source>
        <translation>关闭这一组：重新显示全部任务</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>流水线</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>{name}
{kind}: {progress}. Select it for its tasks.</source>
        <translation>{name}
{kind}：{progress}。选中它可查看其中的任务。</translation>
    </message>
    <message>
        <source>Resume queue</source>
        <translation>继续队列</translation>
    </message>
</context>
<context>
    <name>QueueActionRunner</name>
    <message>
        <source>Opening the output</source>
        <translation>正在打开输出</translation>
    </message>
    <message>
        <source>Opening the output failed: {path} is no longer there.</source>
        <translation>打开输出失败：{path} 已不存在。</translation>
    </message>
    <message>
        <source>Opening the output failed: this computer has no application set up to open this kind of file. It is at {path}</source>
        <translation>打开输出失败：这台电脑没有设置可打开此类文件的应用程序。文件位于 {path}</translation>
    </message>
    <message>
        <source>Showing the folder</source>
        <translation>正在显示文件夹</translation>
    </message>
    <message>
        <source>Showing the folder failed: {path} is no longer there.</source>
        <translation>显示文件夹失败：{path} 已不存在。</translation>
    </message>
    <message>
        <source>Showing the folder failed: this computer has no file manager set up to show folders. It is at {path}</source>
        <translation>显示文件夹失败：这台电脑没有设置可显示文件夹的文件管理器。文件夹位于 {path}</translation>
    </message>
    <message>
        <source>Delete from Runway</source>
        <translation>从 Runway 删除</translation>
    </message>
    <message>
        <source>Use as</source>
        <translation>用作</translation>
    </message>
    <message>
        <source>Put this output into a form as an input; the new take records its origin.</source>
        <translation>把这个输出作为输入放进表单；新的成品会记录它的来源。</translation>
    </message>
    <message>
        <source>Retry this task?</source>
        <translation>重试这个任务？</translation>
    </message>
    <message>
        <source>Retry anyway</source>
        <translation>仍然重试</translation>
    </message>
    <message>
        <source>Retrying this {model} task</source>
        <translation>重试这个 {model} 任务</translation>
    </message>
    <message>
        <source>A retry is a new task at Runway, charged like the first.</source>
        <translation>重试会在 Runway 创建一个新任务，并像第一次一样计费。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Remove {count} tasks from the history? Saved files stay on disk in the library; only the entries in this list go.</source>
        <translation>要从历史记录中移除 {count} 个任务吗？已保存的文件仍留在素材库的磁盘上；只移除这个列表中的条目。</translation>
    </message>
    <message>
        <source>Remove {count} tasks</source>
        <translation>移除 {count} 个任务</translation>
    </message>
    <message>
        <source>Remove this task from the history? Saved files stay on disk in the library; only the entry in this list goes.</source>
        <translation>要从历史记录中移除这个任务吗？已保存的文件仍留在素材库的磁盘上；只移除这个列表中的条目。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove from history</source>
        <translation>从历史记录中移除</translation>
    </message>
    <message>
        <source>Save a copy of the output</source>
        <translation>保存输出的副本</translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>正在保存副本</translation>
    </message>
    <message>
        <source>Saved a copy as {path}.</source>
        <translation>已将副本保存为 {path}。</translation>
    </message>
    <message>
        <source>Copied the output URL. Runway&apos;s output URLs expire 24–48 hours after the task finished; the saved file does not.</source>
        <translation>已复制输出 URL。Runway 的输出 URL 会在任务完成 24–48 小时后失效；已保存的文件不会。</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再次检查</translation>
    </message>
    <message>
        <source>Enter the API key…</source>
        <translation>输入 API 密钥…</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>重新下载</translation>
    </message>
    <message>
        <source>Use parameters</source>
        <translation>使用参数</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Copy output URL</source>
        <translation>复制输出 URL</translation>
    </message>
    <message>
        <source>Delete from Runway…</source>
        <translation>从 Runway 删除…</translation>
    </message>
    <message>
        <source>Remove from history…</source>
        <translation>从历史记录中移除…</translation>
    </message>
    <message>
        <source>Stop this task (nothing is charged for a task that has not started running).</source>
        <translation>停止这个任务（尚未开始运行的任务不会计费）。</translation>
    </message>
    <message>
        <source>Submit the same request again, as a new task (charged again).</source>
        <translation>将同一请求作为新任务再次提交（会再次计费）。</translation>
    </message>
    <message>
        <source>Ask Runway about this task again.</source>
        <translation>再次向 Runway 查询这个任务。</translation>
    </message>
    <message>
        <source>Runway refused the key: open Settings to enter it again.</source>
        <translation>Runway 拒绝了密钥：请打开设置重新输入。</translation>
    </message>
    <message>
        <source>Try saving the outputs again.</source>
        <translation>再次尝试保存输出。</translation>
    </message>
    <message>
        <source>Fill the form with this task&apos;s model and parameters.</source>
        <translation>用这个任务的模型和参数填写表单。</translation>
    </message>
    <message>
        <source>Open the saved output in your default application.</source>
        <translation>用默认应用程序打开已保存的输出。</translation>
    </message>
    <message>
        <source>Save a copy of the output somewhere else.</source>
        <translation>将输出的副本保存到其他位置。</translation>
    </message>
    <message>
        <source>Open the folder holding the saved output.</source>
        <translation>打开存放已保存输出的文件夹。</translation>
    </message>
    <message>
        <source>Copy Runway&apos;s URL of the output. It expires 24–48 hours after the task finished.</source>
        <translation>复制 Runway 的输出 URL。它会在任务完成 24–48 小时后失效。</translation>
    </message>
    <message>
        <source>Delete the task and its outputs at Runway (your saved copies stay).</source>
        <translation>在 Runway 删除这个任务及其输出（您保存的副本会保留）。</translation>
    </message>
    <message>
        <source>Forget this task here; its saved files stay on disk in the library.</source>
        <translation>在这里忘掉这个任务；已保存的文件仍留在素材库的磁盘上。</translation>
    </message>
    <message>
        <source>This was blocked by Runway&apos;s content moderation, and moderated generations are billed. Retry anyway?</source>
        <translation>这次生成被 Runway 的内容审核拦截，而被审核拦截的生成也会计费。仍然重试？</translation>
    </message>
    <message>
        <source>Delete this task and its outputs at Runway? Your saved copies stay in the library, but Runway&apos;s output URLs stop working.</source>
        <translation>要在 Runway 删除这个任务及其输出吗？您保存的副本仍在素材库中，但 Runway 的输出 URL 将失效。</translation>
    </message>
    <message>
        <source>Runway may already have created this task; retrying may create and bill a second one. Retry anyway?</source>
        <translation>Runway 可能已经创建了这个任务；重试可能会再创建并计费第二个。仍然重试？</translation>
    </message>
    <message>
        <source>Cancel {count} tasks</source>
        <translation>取消 {count} 个任务</translation>
    </message>
    <message>
        <source>Remove {count} tasks from history…</source>
        <translation>从历史记录中移除 {count} 个任务…</translation>
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
        <source>first frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <source>last frame</source>
        <translation>尾帧</translation>
    </message>
    <message>
        <source>Add sound…</source>
        <translation>添加声音…</translation>
    </message>
    <message>
        <source>Put an audio take (or a file) under this video, as a new take; the picture stays as it is.</source>
        <translation>为这个视频配上一个音频成品（或文件），生成新的成品；画面保持不变。</translation>
    </message>
    <message>
        <source>{field} ({position})</source>
        <translation>{field}（{position}）</translation>
    </message>
    <message>
        <source>{tab} · {field} — {model}</source>
        <translation>{tab} · {field} — {model}</translation>
    </message>
    <message>
        <source>{tab} · {field}</source>
        <translation>{tab} · {field}</translation>
    </message>
</context>
<context>
    <name>QueueGroups</name>
    <message>
        <source>{done} of {total} done</source>
        <translation>{total} 个中已完成 {done} 个</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} 个失败</translation>
    </message>
    <message>
        <source>{count} cancelled</source>
        <translation>{count} 个已取消</translation>
    </message>
    <message>
        <source>{count} outcome unknown</source>
        <translation>{count} 个结果未知</translation>
    </message>
    <message>
        <source>{count} need attention</source>
        <translation>{count} 个需要处理</translation>
    </message>
    <message>
        <source>{credits} credits so far</source>
        <translation>目前共 {credits} 积分</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{name} — {progress}</source>
        <translation>{name} — {progress}</translation>
    </message>
    <message>
        <source>{text} · {count} queued</source>
        <translation>{text} · {count} 个排队中</translation>
    </message>
    <message>
        <source>{text} · finished</source>
        <translation>{text} · 已结束</translation>
    </message>
</context>
<context>
    <name>QueueListView</name>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Every task, newest first; the selected one shows in the preview</source>
        <translation>全部任务，最新的在前；选中的任务显示在预览中</translation>
    </message>
    <message>
        <source>No tasks yet.
Press Generate on a tab and your tasks appear here.</source>
        <translation>还没有任务。
在任一标签页中点击“生成”，任务就会出现在这里。</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>{model}, {prompt}, {state}</source>
        <translation>{model}，{prompt}，{state}</translation>
    </message>
    <message>
        <source>{model}, {state}</source>
        <translation>{model}，{state}</translation>
    </message>
    <message>
        <source>{prompt}. {elapsed}. {cost}</source>
        <translation>{prompt}。{elapsed}。{cost}</translation>
    </message>
    <message>
        <source>No prompt</source>
        <translation>无提示词</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>搜索提示词</translation>
    </message>
    <message>
        <source>Show tasks whose prompt has words beginning with every word typed here (or whose model name contains it)</source>
        <translation>显示提示词中包含以这里输入的每个词开头的词（或模型名称包含该词）的任务</translation>
    </message>
    <message>
        <source>All tabs</source>
        <translation>全部标签页</translation>
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
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>More actions for the selected task</source>
        <translation>所选任务的更多操作</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>正在读取历史记录…</translation>
    </message>
    <message>
        <source>{shown} of 1 task shown</source>
        <translation>显示 1 个任务中的 {shown} 个</translation>
    </message>
    <message>
        <source>{shown} of {total} tasks shown</source>
        <translation>显示 {total} 个任务中的 {shown} 个</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 个任务</translation>
    </message>
    <message>
        <source>{count} tasks</source>
        <translation>{count} 个任务</translation>
    </message>
    <message>
        <source>{tasks} · {live} in progress</source>
        <translation>{tasks} · {live} 个进行中</translation>
    </message>
    <message>
        <source>No tasks match the filter.</source>
        <translation>没有符合筛选条件的任务。</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
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
</context>
<context>
    <name>QueueText</name>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Running · {percent} %</source>
        <translation>进行中 · {percent}%</translation>
    </message>
    <message>
        <source>Failed ({code}): {reason}</source>
        <translation>失败（{code}）：{reason}</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>失败：{reason}</translation>
    </message>
    <message>
        <source>Needs attention: {reason}</source>
        <translation>需要处理：{reason}</translation>
    </message>
    <message>
        <source>{state} · {why}</source>
        <translation>{state} · {why}</translation>
    </message>
    <message>
        <source>{state} · deleted from Runway</source>
        <translation>{state} · 已从 Runway 删除</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>Succeeded · not saved</source>
        <translation>已完成 · 未保存</translation>
    </message>
    <message>
        <source>Succeeded · saving {number} of {count}</source>
        <translation>已完成 · 正在保存第 {number} 个，共 {count} 个</translation>
    </message>
    <message>
        <source>{cost} (est. {estimate})</source>
        <translation>{cost}（预估 {estimate}）</translation>
    </message>
    <message>
        <source>est. {estimate}</source>
        <translation>预估 {estimate}</translation>
    </message>
    <message>
        <source>nothing charged</source>
        <translation>未计费</translation>
    </message>
    <message>
        <source>{cost} charged</source>
        <translation>已计费 {cost}</translation>
    </message>
    <message>
        <source>charge unknown</source>
        <translation>计费未知</translation>
    </message>
    <message>
        <source>Runway charged nothing for this task.</source>
        <translation>Runway 没有为这个任务计费。</translation>
    </message>
    <message>
        <source>Runway charged {cost} for this task.</source>
        <translation>Runway 为这个任务计费 {cost}。</translation>
    </message>
    <message>
        <source>It never reached Runway, so nothing was charged.</source>
        <translation>它从未到达 Runway，因此没有计费。</translation>
    </message>
    <message>
        <source>What Runway charged for it is unknown (estimated at {estimate}): Runway did not report a cost. Your usage at dev.runwayml.com shows it.</source>
        <translation>Runway 为它计费多少未知（预估 {estimate}）：Runway 没有报告费用。您可以在 dev.runwayml.com 的用量页面查看。</translation>
    </message>
    <message>
        <source>What Runway charged for it is unknown: Runway did not report a cost. Your usage at dev.runwayml.com shows it.</source>
        <translation>Runway 为它计费多少未知：Runway 没有报告费用。您可以在 dev.runwayml.com 的用量页面查看。</translation>
    </message>
    <message>
        <source>Output {number} not saved: {error}</source>
        <translation>输出 {number} 未保存：{error}</translation>
    </message>
    <message>
        <source>Runway task {id}</source>
        <translation>Runway 任务 {id}</translation>
    </message>
</context>
</TS>
