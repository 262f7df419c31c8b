// Small progressive enhancements only; every page works without this file.
document.addEventListener("DOMContentLoaded", function () {
  // Load a chosen GeoJSON file into the polygon textarea so it is posted with the form.
  document.querySelectorAll("input[type=file][data-into]").forEach(function (input) {
    input.addEventListener("change", function () {
      var target = document.getElementById(input.getAttribute("data-into"));
      var file = input.files && input.files[0];
      if (!target || !file) return;
      var reader = new FileReader();
      reader.onload = function () { target.value = reader.result; };
      reader.readAsText(file);
    });
  });
  // Print buttons on printable documents (agreements, case files).
  document.querySelectorAll("button[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
  // Ask before destructive or irreversible submissions.
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.getAttribute("data-confirm"))) event.preventDefault();
    });
  });
});

// Uploads: show the upload's own progress, then follow the server's redirect to the job page.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("form[data-upload-progress]").forEach(function (form) {
    var bar = document.getElementById(form.getAttribute("data-upload-progress"));
    form.addEventListener("submit", function (event) {
      if (!window.XMLHttpRequest || !window.FormData) return;
      event.preventDefault();
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      xhr.upload.onprogress = function (e) {
        if (bar && e.lengthComputable) { bar.hidden = false; bar.value = Math.round(100 * e.loaded / e.total); }
      };
      xhr.onload = function () {
        if (xhr.status < 400 && xhr.responseURL) { window.location = xhr.responseURL; return; }
        document.open(); document.write(xhr.responseText); document.close();
      };
      xhr.send(new FormData(form));
      form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
    });
  });
  // A queued or running import: poll its status and move the bar until it ends.
  var job = document.getElementById("import-job");
  var active = function (status) { return status === "queued" || status === "running"; };
  if (job && active(job.getAttribute("data-status"))) {
    var poll = function () {
      fetch(job.getAttribute("data-status-url"), { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (s) {
        document.getElementById("import-progress").value = s.percent;
        document.getElementById("import-percent").textContent = s.percent + "%";
        document.getElementById("import-status").textContent = s.status_label;
        ["rows", "inserted", "skipped", "errors"].forEach(function (k) { document.getElementById("import-" + k).textContent = s[k]; });
        if (s.message) { var m = document.getElementById("import-message"); m.textContent = s.message; m.hidden = false; }
        if (s.report_url) { var a = document.getElementById("import-report"); a.href = s.report_url; a.hidden = false; }
        job.setAttribute("data-status", s.status);
        if (active(s.status)) window.setTimeout(poll, 500);
      }).catch(function () { window.setTimeout(poll, 2000); });
    };
    window.setTimeout(poll, 300);
  }
});

// The portal's "use my location": fills hidden longitude/latitude fields from the phone's GPS.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-geolocate]").forEach(function (button) {
    if (!navigator.geolocation) return;
    button.hidden = false;
    var ids = button.getAttribute("data-geolocate").split(",");
    button.addEventListener("click", function () {
      navigator.geolocation.getCurrentPosition(function (p) {
        document.getElementById(ids[0]).value = p.coords.longitude.toFixed(6);
        document.getElementById(ids[1]).value = p.coords.latitude.toFixed(6);
        var note = document.getElementById("location-note");
        if (note) note.textContent = p.coords.longitude.toFixed(5) + ", " + p.coords.latitude.toFixed(5);
      });
    });
  });
});
