<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Runway Desktop&lt;/h3&gt;&lt;p&gt;A desktop studio for Runway&apos;s video, image and audio generation API, with a built-in offline simulator.&lt;/p&gt;&lt;p&gt;Your API key is kept in the system keychain. Where there is no keychain, it is kept in memory for this session only (never written to a file) and asked for again at the next start. Outputs are saved to your library folder as soon as they are ready, with the parameters beside them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Runway Desktop&lt;/h3&gt;&lt;p&gt;面向 Runway 视频、图像和音频生成 API 的桌面工作室，内置离线模拟器。&lt;/p&gt;&lt;p&gt;您的 API 密钥保存在系统钥匙串中。没有钥匙串时，密钥只在本次会话的内存中保存（从不写入文件），下次启动时会再次询问。输出一生成好就保存到素材库文件夹，参数保存在旁边。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Version {version}&lt;/p&gt;</source>
        <translation>&lt;p&gt;版本 {version}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Runway Desktop</source>
        <translation>关于 Runway Desktop</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>{what} failed: {reason}</source>
        <translation>{what}失败：{reason}</translation>
    </message>
</context>
<context>
    <name>Chains</name>
    <message>
        <source>{model} has no place called {field} any more.</source>
        <translation>{model} 已经没有名为 {field} 的位置。</translation>
    </message>
    <message>
        <source>Use Parameters from File…</source>
        <translation>从文件使用参数…</translation>
    </message>
    <message>
        <source>Fill a form with the settings carried inside an output file (image, video or audio).</source>
        <translation>用输出文件（图像、视频或音频）中携带的设置填写表单。</translation>
    </message>
</context>
<context>
    <name>CloseQuestion</name>
    <message>
        <source>Quit Runway Desktop?</source>
        <translation>退出 Runway Desktop？</translation>
    </message>
    <message>
        <source>Quit Runway Desktop now?</source>
        <translation>现在退出 Runway Desktop 吗？</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>保持打开</translation>
    </message>
</context>
<context>
    <name>EngineBridge</name>
    <message>
        <source>Recording why a task failed</source>
        <translation>记录任务失败原因</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>正在读取历史记录</translation>
    </message>
    <message>
        <source>Reading the balance</source>
        <translation>读取余额</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Checking again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Downloading again</source>
        <translation>重新下载</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Deleting from Runway</source>
        <translation>从 Runway 删除</translation>
    </message>
    <message>
        <source>Submitting the group</source>
        <translation>提交任务组</translation>
    </message>
    <message>
        <source>Cancelling the group</source>
        <translation>取消任务组</translation>
    </message>
    <message>
        <source>Retrying the failed runs</source>
        <translation>重试失败的运行</translation>
    </message>
    <message>
        <source>Removing the group</source>
        <translation>移除任务组</translation>
    </message>
    <message>
        <source>Pausing the queue</source>
        <translation>暂停队列</translation>
    </message>
    <message>
        <source>Resuming the queue</source>
        <translation>恢复队列</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>{reason} ({file})</source>
        <translation>{reason}（{file}）</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}</source>
        <translation>意外错误：{kind}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the message and its technical details, to paste into a report</source>
        <translation>复制这条消息及其技术细节，以便粘贴到报告中</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>出了点问题。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>{message} (×{times})</source>
        <translation>{message}（×{times}）</translation>
    </message>
    <message>
        <source>{count} earlier</source>
        <translation>之前还有 {count} 条</translation>
    </message>
    <message>
        <source>Dismiss (show the earlier one)</source>
        <translation>关闭（显示之前的一条）</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}: {text}</source>
        <translation>意外错误：{kind}：{text}</translation>
    </message>
    <message>
        <source>Unhandled error in background work</source>
        <translation>后台工作中出现未处理的错误</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Loading your history…</source>
        <translation>正在加载您的历史记录…</translation>
    </message>
    <message>
        <source>Offline simulator — Runway Desktop</source>
        <translation>离线模拟器 — Runway Desktop</translation>
    </message>
    <message>
        <source>Runway Desktop</source>
        <translation>Runway Desktop</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>No tab takes a {tab} task, so its parameters cannot be used.</source>
        <translation>没有标签页接受 {tab} 任务，因此无法使用它的参数。</translation>
    </message>
    <message>
        <source>Starting the offline simulator…</source>
        <translation>正在启动离线模拟器…</translation>
    </message>
    <message>
        <source>Opening the library failed: this computer has no file manager set up to show folders. It is at {folder}</source>
        <translation>无法打开素材库：这台电脑没有设置用来显示文件夹的文件管理器。素材库位于 {folder}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Library Folder</source>
        <translation>打开素材库文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>视频(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>图像(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Audio</source>
        <translation>音频(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Try the &amp;Offline Simulator</source>
        <translation>试用离线模拟器(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About Runway Desktop</source>
        <translation>关于 Runway Desktop(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Video ready</source>
        <translation>视频已完成</translation>
    </message>
    <message>
        <source>Video failed</source>
        <translation>视频生成失败</translation>
    </message>
    <message>
        <source>Video cancelled</source>
        <translation>视频已取消</translation>
    </message>
    <message>
        <source>Video needs attention</source>
        <translation>视频需要处理</translation>
    </message>
    <message>
        <source>Video: {state}</source>
        <translation>视频：{state}</translation>
    </message>
    <message>
        <source>Image ready</source>
        <translation>图像已完成</translation>
    </message>
    <message>
        <source>Image failed</source>
        <translation>图像生成失败</translation>
    </message>
    <message>
        <source>Image cancelled</source>
        <translation>图像已取消</translation>
    </message>
    <message>
        <source>Image needs attention</source>
        <translation>图像需要处理</translation>
    </message>
    <message>
        <source>Image: {state}</source>
        <translation>图像：{state}</translation>
    </message>
    <message>
        <source>Audio ready</source>
        <translation>音频已完成</translation>
    </message>
    <message>
        <source>Audio failed</source>
        <translation>音频生成失败</translation>
    </message>
    <message>
        <source>Audio cancelled</source>
        <translation>音频已取消</translation>
    </message>
    <message>
        <source>Audio needs attention</source>
        <translation>音频需要处理</translation>
    </message>
    <message>
        <source>Audio: {state}</source>
        <translation>音频：{state}</translation>
    </message>
    <message>
        <source>Generation ready</source>
        <translation>生成已完成</translation>
    </message>
    <message>
        <source>Generation failed</source>
        <translation>生成失败</translation>
    </message>
    <message>
        <source>Generation cancelled</source>
        <translation>生成已取消</translation>
    </message>
    <message>
        <source>Generation needs attention</source>
        <translation>生成需要处理</translation>
    </message>
    <message>
        <source>Generation: {state}</source>
        <translation>生成：{state}</translation>
    </message>
    <message>
        <source>{model}: “{prompt}”</source>
        <translation>{model}：“{prompt}”</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>Pipeline finished</source>
        <translation>流水线已完成</translation>
    </message>
    <message>
        <source>Pipeline finished with problems</source>
        <translation>流水线已完成，但有问题</translation>
    </message>
    <message>
        <source>Batch finished</source>
        <translation>批量运行已完成</translation>
    </message>
    <message>
        <source>Batch finished with problems</source>
        <translation>批量运行已完成，但有问题</translation>
    </message>
</context>
<context>
    <name>PipelineMenu</name>
    <message>
        <source>Run pipeline…</source>
        <translation>运行流水线…</translation>
    </message>
    <message>
        <source>Plan a pipeline JSON file, see its total, and run it as one group</source>
        <translation>规划流水线 JSON 文件，查看总计，并作为一个任务组运行</translation>
    </message>
    <message>
        <source>Run pipeline</source>
        <translation>运行流水线</translation>
    </message>
    <message>
        <source>Pipeline files (*.json);;All files (*)</source>
        <translation>流水线文件 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>QueueCompare</name>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
</context>
<context>
    <name>SessionWords</name>
    <message>
        <source>The window uses the offline simulator (its own history). Use the key now to switch to Runway and your Runway history, without a restart.</source>
        <translation>窗口正在使用离线模拟器（它有自己的历史记录）。现在使用密钥即可切换到 Runway 和您的 Runway 历史记录，无需重启。</translation>
    </message>
    <message>
        <source>Your key is kept for this session only (no keychain here): a restart would lose it.</source>
        <translation>您的密钥只在本次会话中保存（这里没有钥匙串）：重启后会丢失。</translation>
    </message>
    <message>
        <source>{lost} {waits}</source>
        <translation>{lost}{waits}</translation>
    </message>
    <message>
        <source>Runway cannot be used: {reason}</source>
        <translation>无法使用 Runway：{reason}</translation>
    </message>
    <message>
        <source>There is no key to use yet: save one in Settings first.</source>
        <translation>还没有可用的密钥：请先在设置中保存一个。</translation>
    </message>
    <message>
        <source>The key was removed. Tasks already sent keep their place in the history; add a key again to generate or to follow them.</source>
        <translation>密钥已移除。已发送的任务仍保留在历史记录中；再次添加密钥即可生成或继续跟进它们。</translation>
    </message>
    <message>
        <source>Your history has 1 unfinished Runway task the simulator would not know. Add your API key so it can finish, or start with `runway-desktop --simulator`, which keeps a separate history.</source>
        <translation>您的历史记录中有 1 个未完成的 Runway 任务，模拟器无法识别。请添加 API 密钥让它完成，或使用 `runway-desktop --simulator` 启动，它会使用单独的历史记录。</translation>
    </message>
    <message>
        <source>Your history has {count} unfinished Runway tasks the simulator would not know. Add your API key so they can finish, or start with `runway-desktop --simulator`, which keeps a separate history.</source>
        <translation>您的历史记录中有 {count} 个未完成的 Runway 任务，模拟器无法识别。请添加 API 密钥让它们完成，或使用 `runway-desktop --simulator` 启动，它会使用单独的历史记录。</translation>
    </message>
    <message>
        <source>The library could not be opened: {reason}. Your takes are safe in the library folder (File → Open Library Folder); restart to try again.</source>
        <translation>无法打开素材库：{reason}。您的成品安全地保存在素材库文件夹中（文件 → 打开素材库文件夹）；重启后可再试一次。</translation>
    </message>
    <message>
        <source>Your history could not be read ({reason}), so a new, empty one was started. The old file is kept as {kept}; its tasks may be recoverable with SQLite&apos;s tools. Your saved outputs are untouched.</source>
        <translation>无法读取你的历史记录（{reason}），因此已新建一个空的历史记录。旧文件已保留为 {kept}，其中的任务或许能用 SQLite 的工具恢复。你已保存的输出文件不受影响。</translation>
    </message>
    <message>
        <source>Runway Desktop cannot open its history in {folder}: {reason}. Check that the folder exists, that you may write to it and that the disk has room, or start with --data-dir and another folder.</source>
        <translation>Runway Desktop 无法在 {folder} 中打开历史记录：{reason}。请确认该文件夹存在、你有写入权限且磁盘有剩余空间，或用 --data-dir 指定另一个文件夹启动。</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Starting the simulator</source>
        <translation>启动模拟器</translation>
    </message>
    <message>
        <source>Applying settings</source>
        <translation>应用设置</translation>
    </message>
    <message>
        <source>Removing the key</source>
        <translation>移除密钥</translation>
    </message>
    <message>
        <source>Switching to Runway</source>
        <translation>切换到 Runway</translation>
    </message>
    <message>
        <source>Reading the keychain</source>
        <translation>读取钥匙串</translation>
    </message>
    <message>
        <source>Opening the library</source>
        <translation>打开素材库</translation>
    </message>
    <message>
        <source>Starting the media worker</source>
        <translation>启动媒体处理进程</translation>
    </message>
    <message>
        <source>Runway Desktop cannot start</source>
        <translation>Runway Desktop 无法启动</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Offline simulator — nothing is sent to Runway and no credits are spent</source>
        <translation>离线模拟器 — 不会向 Runway 发送任何内容，也不花费积分</translation>
    </message>
    <message>
        <source>Offline simulator — no credits spent</source>
        <translation>离线模拟器 — 不花费积分</translation>
    </message>
    <message>
        <source>Offline simulator</source>
        <translation>离线模拟器</translation>
    </message>
    <message>
        <source>1 task running</source>
        <translation>1 个任务进行中</translation>
    </message>
    <message>
        <source>{count} tasks running</source>
        <translation>{count} 个任务进行中</translation>
    </message>
    <message>
        <source>1 task paused</source>
        <translation>1 个任务已暂停</translation>
    </message>
    <message>
        <source>{count} tasks paused</source>
        <translation>{count} 个任务已暂停</translation>
    </message>
    <message>
        <source>1 task waiting</source>
        <translation>1 个任务排队中</translation>
    </message>
    <message>
        <source>{count} tasks waiting</source>
        <translation>{count} 个任务排队中</translation>
    </message>
    <message>
        <source>Nothing running</source>
        <translation>没有正在进行的任务</translation>
    </message>
    <message>
        <source>{running} · {waiting}</source>
        <translation>{running} · {waiting}</translation>
    </message>
    <message>
        <source>The window talks to the built-in offline simulator running on this computer. Outputs are made up locally. Add an API key in Settings to use Runway.</source>
        <translation>窗口正在与这台电脑上运行的内置离线模拟器通信。输出在本地生成。在设置中添加 API 密钥即可使用 Runway。</translation>
    </message>
    <message>
        <source>Queue paused</source>
        <translation>队列已暂停</translation>
    </message>
    <message>
        <source>Nothing new is sent until the queue is resumed (the queue&apos;s head).</source>
        <translation>恢复队列之前不会发送新任务（在队列顶部）。</translation>
    </message>
    <message>
        <source>No API key — add one in Settings (Ctrl+,)</source>
        <translation>没有 API 密钥 — 请在设置中添加（Ctrl+,）</translation>
    </message>
    <message>
        <source>Starting the offline simulator…</source>
        <translation>正在启动离线模拟器…</translation>
    </message>
    <message>
        <source>Connected to {host}</source>
        <translation>已连接到 {host}</translation>
    </message>
    <message>
        <source>Connected to Runway</source>
        <translation>已连接到 Runway</translation>
    </message>
    <message>
        <source>Balance: {credits} (simulated)</source>
        <translation>余额：{credits}（模拟）</translation>
    </message>
    <message>
        <source>Balance: {credits}</source>
        <translation>余额：{credits}</translation>
    </message>
    <message>
        <source>Your organization&apos;s credit balance, as Runway reports it</source>
        <translation>您所在组织的积分余额，以 Runway 报告为准</translation>
    </message>
    <message>
        <source>Balance unavailable</source>
        <translation>余额不可用</translation>
    </message>
</context>
<context>
    <name>TakesPlace</name>
    <message>
        <source>Library</source>
        <translation>素材库</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>正在打开素材库…</translation>
    </message>
    <message>
        <source>Compare the selected takes side by side ({keys})</source>
        <translation>并排对比所选成品（{keys}）</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>素材库(&amp;L)</translation>
    </message>
    <message>
        <source>Every saved take: search, rate, compare</source>
        <translation>所有已保存的成品：搜索、评分、对比</translation>
    </message>
    <message>
        <source>That take&apos;s task is no longer in the history, so it cannot be shown.</source>
        <translation>该成品的任务已不在历史记录中，因此无法显示。</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Runway Desktop</source>
        <translation>欢迎使用 Runway Desktop</translation>
    </message>
    <message>
        <source>To generate with Runway, add your API key from dev.runwayml.com — it is kept in your system keychain (or for this session only where there is none). Or try every tab first with the offline simulator: it runs on this computer, sends nothing to Runway and spends no credits.</source>
        <translation>要使用 Runway 生成，请添加您在 dev.runwayml.com 获取的 API 密钥 — 它保存在系统钥匙串中（没有钥匙串时只保存到本次会话结束）。也可以先用离线模拟器试用每个标签页：它在这台电脑上运行，不会向 Runway 发送任何内容，也不花费积分。</translation>
    </message>
    <message>
        <source>You are trying the offline simulator: nothing is sent to Runway and no credits are spent. To generate with Runway, add your API key from dev.runwayml.com — Settings offers to use it at once, without a restart.</source>
        <translation>您正在试用离线模拟器：不会向 Runway 发送任何内容，也不花费积分。要使用 Runway 生成，请添加您在 dev.runwayml.com 获取的 API 密钥 — 设置会提供立即使用的选项，无需重启。</translation>
    </message>
    <message>
        <source>Add API key</source>
        <translation>添加 API 密钥</translation>
    </message>
    <message>
        <source>Try with the offline simulator</source>
        <translation>用离线模拟器试用</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Hide this card; Settings (Ctrl+,) takes a key at any time</source>
        <translation>隐藏此卡片；随时可以在设置（Ctrl+,）中添加密钥</translation>
    </message>
    <message>
        <source>Starting the offline simulator…</source>
        <translation>正在启动离线模拟器…</translation>
    </message>
</context>
</TS>
