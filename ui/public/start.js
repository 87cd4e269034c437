// The start's first questions, asked before the window's modules have loaded: this classic script
// runs as soon as it is fetched, while a module waits for its whole graph (~50 ms of parsing). The
// back end answers `app_info` and the 首页's `dashboard` meanwhile, and the app takes the answers
// (app/startAnswers.ts) instead of asking again: it is set up once, on the 首页, without a loading
// view first. Only where the window opens on the 首页; any other location asks as its screen does.
// Plain JavaScript on purpose: it is not part of the bundle (docs/PERFORMANCE.md, 2026-12-07).
;(function () {
  var ipc = window.__TAURI_INTERNALS__
  if (!ipc || (location.hash !== '' && location.hash !== '#/')) return
  var asked = {}
  function ask(cmd) {
    var entry = { at: performance.now(), settled: false, failed: false, value: undefined, answer: null }
    entry.answer = ipc.invoke(cmd, {}, undefined)
    entry.answer.then(
      function (value) {
        entry.value = value
        entry.settled = true
      },
      function () {
        entry.failed = true
        entry.settled = true
      },
    )
    asked[cmd] = entry
  }
  ask('app_info')
  ask('dashboard')
  window.__wenmingStart = asked
})()
