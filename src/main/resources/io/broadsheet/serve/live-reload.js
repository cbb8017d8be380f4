// Served by `broadsheet serve` only, never written into the site: reloads the page after each rebuild.
(function () {
  'use strict';
  var script = document.currentScript;
  // The build this page was served from; a different build announced by the server means the page is stale.
  var build = script ? script.getAttribute('data-build') : null;
  var retryDelay = 1000;

  function connect() {
    var source = new EventSource('/__broadsheet/events');
    source.addEventListener('hello', function (event) {
      retryDelay = 1000;
      if (build !== null && event.data !== build) {
        location.reload();
      }
    });
    source.addEventListener('reload', function () {
      source.close();
      location.reload();
    });
    source.addEventListener('error', function () {
      // The browser retries by itself unless it gave up (CLOSED), as it does when the server was down too long
      // or answered with an error; then start again, more slowly each time.
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(connect, retryDelay);
        retryDelay = Math.min(retryDelay * 2, 10000);
      }
    });
  }

  connect();
})();
