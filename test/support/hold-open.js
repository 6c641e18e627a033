// Preloaded (node --require) into a service process by test/pipeline/stop-exit.test.ts: a handle that keeps the
// event loop alive forever, as a connection re-opened while the service stops would.
setInterval(() => {}, 60_000);
