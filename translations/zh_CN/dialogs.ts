<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddSoundDialog</name>
    <message>
        <source>No audio takes yet: choose a file, or generate a sound.</source>
        <translation>还没有音频成品：请选择文件，或生成一段声音。</translation>
    </message>
    <message>
        <source>No audio take matches the search.</source>
        <translation>没有与搜索匹配的音频成品。</translation>
    </message>
    <message>
        <source>Reading the audio takes of the history…</source>
        <translation>正在读取历史记录中的音频成品…</translation>
    </message>
    <message>
        <source>This video already has sound; the new take replaces it (the original take stays).</source>
        <translation>此视频已有声音；新成品会替换它（原成品保留）。</translation>
    </message>
    <message>
        <source>Add sound</source>
        <translation>添加声音</translation>
    </message>
    <message>
        <source>Video: {file} ({model})</source>
        <translation>视频：{file}（{model}）</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Generate a sound…</source>
        <translation>生成声音…</translation>
    </message>
    <message>
        <source>Go to the Audio tab with a sound-effect model; come back when done.</source>
        <translation>前往“音频”标签页并选用音效模型；完成后再回到这里。</translation>
    </message>
    <message>
        <source>Find an audio take by words of its prompt or its model</source>
        <translation>按提示词或模型中的词查找音频成品</translation>
    </message>
    <message>
        <source>Show older takes</source>
        <translation>显示更早的成品</translation>
    </message>
    <message>
        <source>Read the next {count} audio takes of the history</source>
        <translation>读取历史记录中接下来的 {count} 个音频成品</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Positive: the sound starts later; negative: earlier.</source>
        <translation>正值：声音延后开始；负值：提前开始。</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source>Louder or quieter than the take as it is.</source>
        <translation>比成品原本的音量更响或更轻。</translation>
    </message>
    <message>
        <source>Fade in at the start and out at the end of the sound.</source>
        <translation>在声音开头淡入、结尾淡出。</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <source>Fade</source>
        <translation>淡入淡出</translation>
    </message>
    <message>
        <source>Play together</source>
        <translation>一起播放</translation>
    </message>
    <message>
        <source>Save as new take</source>
        <translation>另存为新成品</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The older audio takes could not be read: {reason}</source>
        <translation>无法读取更早的音频成品：{reason}</translation>
    </message>
    <message>
        <source>File · {name}</source>
        <translation>文件 · {name}</translation>
    </message>
    <message>
        <source>Choose a sound</source>
        <translation>选择声音</translation>
    </message>
    <message>
        <source>Audio (*.mp3 *.wav *.flac *.m4a *.aac *.ogg)</source>
        <translation>音频 (*.mp3 *.wav *.flac *.m4a *.aac *.ogg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Adding the sound…</source>
        <translation>正在添加声音…</translation>
    </message>
    <message>
        <source>Stopped; nothing was saved.</source>
        <translation>已停止；未保存任何内容。</translation>
    </message>
    <message>
        <source>The new take could not be finished: {reason}.</source>
        <translation>无法完成新成品：{reason}。</translation>
    </message>
    <message>
        <source>Adding the take</source>
        <translation>添加成品</translation>
    </message>
    <message>
        <source>Saved as a new take: {file}.</source>
        <translation>已另存为新成品：{file}。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Batch — {model}</source>
        <translation>批量 — {model}</translation>
    </message>
    <message>
        <source>One prompt per line</source>
        <translation>每行一个提示词</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Also with</source>
        <translation>同时使用</translation>
    </message>
    <message>
        <source>Ratios</source>
        <translation>画幅比例</translation>
    </message>
    <message>
        <source>The form&apos;s duration; or several, e.g. 5, 10</source>
        <translation>表单中的时长；也可填多个，例如 5, 10</translation>
    </message>
    <message>
        <source>Durations (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <source> credits</source>
        <translation> 积分</translation>
    </message>
    <message>
        <source>Runs that would take the group past this wait in the queue.</source>
        <translation>会使该组超出此预算的运行将在队列中等待。</translation>
    </message>
    <message>
        <source>Group budget</source>
        <translation>组预算</translation>
    </message>
    <message>
        <source>The form&apos;s seed</source>
        <translation>表单中的种子</translation>
    </message>
    <message>
        <source>Draw seeds</source>
        <translation>随机抽取种子</translation>
    </message>
    <message>
        <source>These seeds</source>
        <translation>指定种子</translation>
    </message>
    <message>
        <source>e.g. 1, 42, 7</source>
        <translation>例如 1, 42, 7</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Generate 1 run</source>
        <translation>生成 1 次运行</translation>
    </message>
    <message>
        <source>Generate {count} runs</source>
        <translation>生成 {count} 次运行</translation>
    </message>
    <message>
        <source>This batch of 1 run</source>
        <translation>这个包含 1 次运行的批量</translation>
    </message>
    <message>
        <source>This batch of {count} runs</source>
        <translation>这个包含 {count} 次运行的批量</translation>
    </message>
    <message>
        <source>Batch of {count} · {model}</source>
        <translation>批量 {count} 次运行 · {model}</translation>
    </message>
</context>
<context>
    <name>CloseNotice</name>
    <message>
        <source>1 simulated task is not finished. The offline simulator stops with the app, so it will not finish.</source>
        <translation>有 1 个模拟任务尚未完成。离线模拟器会随应用一起停止，因此它不会完成。</translation>
    </message>
    <message>
        <source>{count} simulated tasks are not finished. The offline simulator stops with the app, so they will not finish.</source>
        <translation>有 {count} 个模拟任务尚未完成。离线模拟器会随应用一起停止，因此它们不会完成。</translation>
    </message>
    <message>
        <source>1 task is still running at Runway. It will carry on, and its results will be downloaded the next time you open Runway Desktop.</source>
        <translation>有 1 个任务仍在 Runway 上进行。它会继续进行，结果将在您下次打开 Runway Desktop 时下载。</translation>
    </message>
    <message>
        <source>{count} tasks are still running at Runway. They will carry on, and their results will be downloaded the next time you open Runway Desktop.</source>
        <translation>有 {count} 个任务仍在 Runway 上进行。它们会继续进行，结果将在您下次打开 Runway Desktop 时下载。</translation>
    </message>
    <message>
        <source>1 finished task has results not downloaded yet; the download resumes the next time you open Runway Desktop (Runway keeps them for about a day).</source>
        <translation>有 1 个已完成任务的结果尚未下载；下载将在您下次打开 Runway Desktop 时继续（Runway 会保留结果约一天）。</translation>
    </message>
    <message>
        <source>{count} finished tasks have results not downloaded yet; the download resumes the next time you open Runway Desktop (Runway keeps them for about a day).</source>
        <translation>有 {count} 个已完成任务的结果尚未下载；下载将在您下次打开 Runway Desktop 时继续（Runway 会保留结果约一天）。</translation>
    </message>
    <message>
        <source>1 task is waiting to be sent; it will be sent the next time you open Runway Desktop.</source>
        <translation>有 1 个任务正在等待发送；它将在您下次打开 Runway Desktop 时发送。</translation>
    </message>
    <message>
        <source>{count} tasks are waiting to be sent; they will be sent the next time you open Runway Desktop.</source>
        <translation>有 {count} 个任务正在等待发送；它们将在您下次打开 Runway Desktop 时发送。</translation>
    </message>
    <message>
        <source>1 task is being sent right now. If you quit, the app cannot tell whether Runway received it; it will be marked “outcome unknown”.</source>
        <translation>有 1 个任务正在发送。如果现在退出，应用将无法确定 Runway 是否已收到；它会被标记为“结果未知”。</translation>
    </message>
    <message>
        <source>{count} tasks are being sent right now. If you quit, the app cannot tell whether Runway received them; they will be marked “outcome unknown”.</source>
        <translation>有 {count} 个任务正在发送。如果现在退出，应用将无法确定 Runway 是否已收到；它们会被标记为“结果未知”。</translation>
    </message>
</context>
<context>
    <name>ConnectionSection</name>
    <message>
        <source>Connect to</source>
        <translation>连接到</translation>
    </message>
    <message>
        <source>The built-in offline simulator — nothing is sent to Runway and no credits are spent</source>
        <translation>内置离线模拟器 — 不会向 Runway 发送任何内容，也不花费积分</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API 基础 URL</translation>
    </message>
</context>
<context>
    <name>KeySection</name>
    <message>
        <source>Runway API key</source>
        <translation>Runway API 密钥</translation>
    </message>
    <message>
        <source>Paste your key (key_…) from dev.runwayml.com → API Keys</source>
        <translation>粘贴您的密钥（key_…），可在 dev.runwayml.com → API Keys 获取</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Ask Runway for this key&apos;s organization: its balance and tier</source>
        <translation>向 Runway 查询此密钥所属组织的余额和等级</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>正在检查系统钥匙串…</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>移除密钥</translation>
    </message>
    <message>
        <source>Delete the key from the system keychain</source>
        <translation>从系统钥匙串中删除密钥</translation>
    </message>
    <message>
        <source>Use it now</source>
        <translation>立即使用</translation>
    </message>
    <message>
        <source>Switch this window to Runway with the saved key, without a restart</source>
        <translation>用已保存的密钥将此窗口切换到 Runway，无需重启</translation>
    </message>
    <message>
        <source>{variable} is set, so its key is used and overrides the keychain for as long as the app runs. A key saved here goes to the keychain and is used once it is unset.</source>
        <translation>已设置 {variable}，因此在应用运行期间使用它的密钥，并覆盖钥匙串中的密钥。在此保存的密钥会存入钥匙串，取消该变量后即会使用。</translation>
    </message>
    <message>
        <source>{status} {why}</source>
        <translation>{status}{why}</translation>
    </message>
    <message>
        <source>Removing the key</source>
        <translation>移除密钥</translation>
    </message>
    <message>
        <source>Asking Runway…</source>
        <translation>正在询问 Runway…</translation>
    </message>
    <message>
        <source>Testing the key</source>
        <translation>测试密钥</translation>
    </message>
    <message>
        <source>Paste a key first.</source>
        <translation>请先粘贴密钥。</translation>
    </message>
    <message>
        <source>This window now uses Runway with your key.</source>
        <translation>此窗口现在使用您的密钥连接 Runway。</translation>
    </message>
    <message>
        <source>Switching to Runway…</source>
        <translation>正在切换到 Runway…</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
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
        <translation>{amount} 美元</translation>
    </message>
    <message>
        <source>{credits} ({dollars})</source>
        <translation>{credits}（{dollars}）</translation>
    </message>
    <message>
        <source>1 run</source>
        <translation>1 次运行</translation>
    </message>
    <message>
        <source>{count} runs</source>
        <translation>{count} 次运行</translation>
    </message>
    <message>
        <source>{price} for {runs}</source>
        <translation>{runs}共 {price}</translation>
    </message>
    <message>
        <source>{price} for {known} of {runs}</source>
        <translation>{runs}中的 {known} 次共 {price}</translation>
    </message>
    <message>
        <source>1 run has no published price</source>
        <translation>1 次运行没有公布价格</translation>
    </message>
    <message>
        <source>{count} runs have no published price</source>
        <translation>{count} 次运行没有公布价格</translation>
    </message>
    <message>
        <source>{priced}; {unpriced}</source>
        <translation>{priced}；{unpriced}</translation>
    </message>
</context>
<context>
    <name>PipelineDialog</name>
    <message>
        <source>Run pipeline — {file}</source>
        <translation>运行流水线 — {file}</translation>
    </message>
    <message>
        <source>Reading the pipeline…</source>
        <translation>正在读取流水线…</translation>
    </message>
    <message>
        <source>Reading the pipeline</source>
        <translation>读取流水线</translation>
    </message>
    <message>
        <source>{file}
Fill in its variables:</source>
        <translation>{file}
请填写其中的变量：</translation>
    </message>
    <message>
        <source>Planning the pipeline</source>
        <translation>规划流水线</translation>
    </message>
    <message>
        <source>The pipeline could not be planned.</source>
        <translation>无法规划此流水线。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run 1 run</source>
        <translation>运行 1 次</translation>
    </message>
    <message>
        <source>Run {count} runs</source>
        <translation>运行 {count} 次</translation>
    </message>
    <message>
        <source>This pipeline of 1 run</source>
        <translation>这个包含 1 次运行的流水线</translation>
    </message>
    <message>
        <source>This pipeline of {count} runs</source>
        <translation>这个包含 {count} 次运行的流水线</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>At most </source>
        <translation>最多同时 </translation>
    </message>
    <message>
        <source> at once</source>
        <translation> 个</translation>
    </message>
    <message>
        <source>Runs at Runway at once</source>
        <translation>同时在 Runway 上的运行数</translation>
    </message>
    <message>
        <source>How many of these runs are at Runway at the same time; the others wait in the queue. Settings&apos; &quot;Tasks sent at once&quot; ({limit}) is the most.</source>
        <translation>这些运行中同时在 Runway 上进行的数量；其余的在队列中等待。最多为设置中的“同时发送的任务数”（{limit}）。</translation>
    </message>
    <message>
        <source>Add a Runway API key in Settings, or try the offline simulator.</source>
        <translation>请在设置中添加 Runway API 密钥，或试用离线模拟器。</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Queued as one group: {name}</source>
        <translation>已作为一个组加入队列：{name}</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>合计：{total}</translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>没有可运行的内容。</translation>
    </message>
</context>
<context>
    <name>PreferencesSection</name>
    <message>
        <source>Generations</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>素材库文件夹</translation>
    </message>
    <message>
        <source>Tasks sent at once</source>
        <translation>同时发送的任务数</translation>
    </message>
    <message>
        <source>Ask before spending more than</source>
        <translation>花费超过此值前询问</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Ask before repeating a request</source>
        <translation>重复请求前询问</translation>
    </message>
    <message>
        <source>Generate (or Ctrl+Enter, or Retry) of the same request within a minute asks &quot;Generate again?&quot;</source>
        <translation>一分钟内再次生成（或按 Ctrl+Enter、或重试）相同的请求时，会询问“再次生成？”</translation>
    </message>
    <message>
        <source>Notify me when a task finishes while I&apos;m in another window</source>
        <translation>在其他窗口时，任务完成后通知我</translation>
    </message>
    <message>
        <source>Default: inside the app&apos;s data folder</source>
        <translation>默认：应用的数据文件夹内</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>How many generations are sent to Runway at the same time</source>
        <translation>同时发送到 Runway 的生成数量</translation>
    </message>
    <message>
        <source> credits</source>
        <translation> 积分</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <source>A run that would pass this many credits today waits in the queue</source>
        <translation>会使今天的花费超过此积分数的运行将在队列中等待</translation>
    </message>
    <message>
        <source>Daily budget (credits)</source>
        <translation>每日预算（积分）</translation>
    </message>
    <message>
        <source>Never ask</source>
        <translation>从不询问</translation>
    </message>
    <message>
        <source>Ask before submitting a generation quoted above this (100 credits = $1)</source>
        <translation>提交报价高于此值的生成前询问（100 积分 = 1 美元）</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Light or dark; &quot;Follow the system&quot; changes with the desktop&apos;s setting</source>
        <translation>浅色或深色；“跟随系统”会随桌面设置变化</translation>
    </message>
    <message>
        <source>The language changes when Runway Desktop next starts.</source>
        <translation>语言将在 Runway Desktop 下次启动时更改。</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>选择素材库文件夹</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — Runway Desktop</source>
        <translation>设置 — Runway Desktop</translation>
    </message>
    <message>
        <source>A new library folder, language or switch to the simulator applies at the next start; the rest at once.</source>
        <translation>新的素材库文件夹、语言或切换到模拟器将在下次启动时生效；其余设置立即生效。</translation>
    </message>
    <message>
        <source>Reading the keychain</source>
        <translation>读取钥匙串</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saving the settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>In use now: nothing yet — add a key, or try the offline simulator.</source>
        <translation>当前使用：尚无 — 请添加密钥，或试用离线模拟器。</translation>
    </message>
    <message>
        <source>In use now: the offline simulator (starting).</source>
        <translation>当前使用：离线模拟器（正在启动）。</translation>
    </message>
    <message>
        <source>In use now: the offline simulator.</source>
        <translation>当前使用：离线模拟器。</translation>
    </message>
    <message>
        <source>In use now: Runway.</source>
        <translation>当前使用：Runway。</translation>
    </message>
    <message>
        <source>Why: no system keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) answers here, and the key is never written to a file.</source>
        <translation>原因：此处没有可用的系统钥匙串（GNOME Keyring、KWallet、macOS 钥匙串、Windows 凭据管理器），而密钥绝不会写入文件。</translation>
    </message>
</context>
<context>
    <name>SpendText</name>
    <message>
        <source>Generate again?</source>
        <translation>再次生成？</translation>
    </message>
    <message>
        <source>{what} is the same request you sent {seconds} s ago. Generate it again?</source>
        <translation>{what}与您 {seconds} 秒前发送的请求相同。要再次生成吗？</translation>
    </message>
    <message>
        <source>It is estimated at {price}, charged again for the new task.</source>
        <translation>预计花费 {price}，新任务会再次计费。</translation>
    </message>
    <message>
        <source>That is above your limit of {limit}.</source>
        <translation>这超过了您设定的上限 {limit}。</translation>
    </message>
    <message>
        <source>(Asking before a repeat can be turned off in Settings.)</source>
        <translation>（可在设置中关闭重复前询问。）</translation>
    </message>
    <message>
        <source>Expensive generation</source>
        <translation>高花费生成</translation>
    </message>
    <message>
        <source>{what} is estimated at {price}, above your limit of {limit}.</source>
        <translation>{what}预计花费 {price}，超过了您设定的上限 {limit}。</translation>
    </message>
    <message>
        <source>Generate anyway? (The limit is in Settings.)</source>
        <translation>仍要生成吗？（上限可在设置中修改。）</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
</context>
</TS>
