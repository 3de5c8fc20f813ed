// Example host page for Yardstick. It embeds the widget and listens for its messages:
//   yardstick:ready, yardstick:progress, yardstick:completed (only sent to the origin
//   named in parent-origin) and yardstick:resize (carries only a height; sent to anyone).
// Query options: app= (where Yardstick is served; required), role=, theme=, scores=,
// parent= (the origin to name as parent-origin; defaults to this page's origin, and
// "none" leaves it out).
(function () {
  "use strict";
  var params = new URLSearchParams(location.search);
  var app = params.get("app");
  var frame = document.getElementById("yardstick");
  var log = document.getElementById("log");
  if (!app) {
    document.getElementById("progress").textContent = "Add ?app=<address of the Yardstick build> to the URL.";
    return;
  }
  var appOrigin = new URL(app, location.href).origin;
  var parent = params.get("parent") || location.origin;
  var src = new URL(app, location.href);
  src.searchParams.set("embed", "1");
  ["role", "theme", "scores"].forEach(function (name) {
    if (params.get(name)) src.searchParams.set(name, params.get(name));
  });
  if (parent !== "none") src.searchParams.set("parent-origin", parent);
  frame.src = src.toString();

  window.received = [];
  window.addEventListener("message", function (event) {
    // Only trust messages from the widget's own origin and frame.
    if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (!data || typeof data.type !== "string" || data.type.indexOf("yardstick:") !== 0) return;
    window.received.push(data);
    var item = document.createElement("li");
    item.textContent = data.type + (data.type === "yardstick:resize" ? " " + data.height + "px" : "");
    log.appendChild(item);
    switch (data.type) {
      case "yardstick:resize":
        frame.style.height = Math.max(400, data.height) + "px";
        break;
      case "yardstick:progress":
        document.getElementById("progress").textContent =
          data.answered + " of " + data.total + " questions answered";
        break;
      case "yardstick:completed":
        showResult(data.result);
        break;
    }
  });

  function showResult(doc) {
    var result = doc.result;
    document.getElementById("result").hidden = false;
    document.getElementById("result-role").textContent = doc.framework.title;
    document.getElementById("result-overall").textContent =
      result.overall === null ? "not scored" : String(Math.round(result.overall));
    document.getElementById("result-level").textContent = result.overall_level ? result.overall_level.name : "";
    var body = document.getElementById("result-dimensions");
    body.textContent = "";
    result.dimensions.forEach(function (d) {
      var row = document.createElement("tr");
      var name = document.createElement("th");
      name.scope = "row";
      name.textContent = d.name;
      var score = document.createElement("td");
      score.textContent = d.score === null ? "not scored" : String(Math.round(d.score));
      score.dataset.dimension = d.id;
      row.appendChild(name);
      row.appendChild(score);
      body.appendChild(row);
    });
  }
})();
