// tim-emulator console: keeps the page's #live part current. Every second it
// asks /changes for the emulator's change counter; when it moved, it fetches
// this page again and swaps in its #live part (filters and forms stay as
// typed); the first poll refreshes once. No framework, nothing loaded from elsewhere.
"use strict";
(function () {
  var last = null;
  var state = document.getElementById("live-state");
  function refresh() {
    return fetch(location.href, { credentials: "same-origin" })
      .then(function (response) { return response.text(); })
      .then(function (text) {
        var fresh = new DOMParser().parseFromString(text, "text/html").getElementById("live");
        var live = document.getElementById("live");
        if (fresh && live) { live.replaceChildren.apply(live, Array.from(fresh.childNodes)); }
      });
  }
  function poll() {
    fetch("/changes", { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (counter) {
        if (state) { state.className = "live-state on"; }
        // The first answer refreshes too: the world may have changed
        // between the page's rendering and this poll.
        if (counter !== last) { last = counter; return refresh(); }
      })
      .catch(function () { if (state) { state.className = "live-state off"; } })
      .then(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
