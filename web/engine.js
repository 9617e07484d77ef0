// The only module that touches the WebAssembly core: loads it once and asks it questions as JSON.
var DroitConsoEngine = (function () {
  var ready = null;
  function load() {
    if (!ready) {
      ready = createDroitConso().then(function (mod) {
        return {
          ask: function (request) { return JSON.parse(mod.answer(JSON.stringify(request))); }
        };
      });
    }
    return ready;
  }
  return { load: load };
})();
