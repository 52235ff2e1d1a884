// Counts one view of a publication's abstract. A POST with no body and no
// cookie-dependent data: the server keeps a daily counter and nothing else.
(function () {
  var node = document.querySelector("[data-view-beacon]");
  if (!node || !navigator.sendBeacon) return;
  navigator.sendBeacon(node.getAttribute("data-view-beacon"));
})();
