// The only module that touches the WebAssembly core: loads it once and asks it questions as JSON.
var DroitConsoEngine = (function () {
  var ready = null;
  function load() {
    if (!ready) {
      ready = createDroitConso().then(function (mod) {
        return {
          ask: function (request) { return JSON.parse(mod.answer(JSON.stringify(request))); },
          // The bulk check of an order file: its bytes cross once (README, Bulk check of orders).
          bulk: function (request, bytes) { return JSON.parse(mod.bulk(JSON.stringify(request), bytes)); }
        };
      });
    }
    return ready;
  }
  return { load: load };
})();
