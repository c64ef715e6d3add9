// crosscheck review page: keyboard and buttons post one decision at a time to the review server,
// which appends it to the decisions file, runs the reconciliation again and answers; the page then
// reloads to show the new result. Nothing here fetches anything but its own origin.
"use strict";

(function () {
  const KEY_POSITION = "crosscheck-review-position";
  let busy = false;

  function items() {
    return Array.from(document.querySelectorAll(".item"));
  }

  function current() {
    const active = document.activeElement;
    return active ? active.closest(".item") : null;
  }

  function select(index) {
    const all = items();
    if (!all.length) {
      return;
    }
    const i = Math.max(0, Math.min(index, all.length - 1));
    all.forEach((el) => el.classList.remove("current"));
    all[i].classList.add("current");
    all[i].focus();
    all[i].scrollIntoView({ block: "nearest" });
  }

  function move(step) {
    const all = items();
    const here = current() || document.querySelector(".item.current");
    select(here ? all.indexOf(here) + step : 0);
  }

  function status(text, failed) {
    const box = document.getElementById("status");
    box.textContent = text;
    box.classList.toggle("failed", Boolean(failed));
  }

  function payload(item, action) {
    if (item.dataset.mention) {
      const body = { action: action, mention: item.dataset.mention, other: item.dataset.other || "" };
      if (action === "canonical") {
        body.name = item.querySelector("input.canonical").value.trim();
      }
      return body;
    }
    const note = item.querySelector("textarea.note");
    return { action: action, fingerprint: item.dataset.fingerprint, note: note ? note.value.trim() : "" };
  }

  async function decide(item, action) {
    if (busy || !item) {
      return;
    }
    const button = item.querySelector('button[data-action="' + action + '"]');
    if (!button || button.disabled) {
      return;
    }
    const body = payload(item, action);
    if (action === "canonical" && !body.name) {
      item.querySelector("input.canonical").focus();
      status("Type the canonical name first.", true);
      return;
    }
    busy = true;
    document.body.classList.add("busy");
    status("Saving the decision and running again…", false);
    try {
      const response = await fetch("/api/decision", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
        credentials: "same-origin",
      });
      const answer = await response.json();
      if (!response.ok || !answer.ok) {
        status(answer.error || "The decision was not saved.", true);
        return;
      }
      sessionStorage.setItem(KEY_POSITION, String(items().indexOf(item)));
      status(answer.message, false);
      window.location.reload();
    } catch (error) {
      status("The review server did not answer: " + error, true);
    } finally {
      busy = false;
      document.body.classList.remove("busy");
    }
  }

  function typing(target) {
    return target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA");
  }

  function onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (typing(event.target)) {
      if (event.key === "Escape") {
        event.target.closest(".item").focus();
      } else if (event.key === "Enter" && event.target.classList.contains("canonical")) {
        event.preventDefault();
        decide(event.target.closest(".item"), "canonical");
      }
      return;
    }
    const item = current();
    const actions = { s: "same", n: "not_same", f: "false_alarm" };
    if (event.key === "j") {
      move(1);
    } else if (event.key === "k") {
      move(-1);
    } else if (event.key === "c" && item && item.dataset.mention) {
      item.querySelector("input.canonical").focus();
    } else if (event.key === "c") {
      decide(item, "confirmed");
    } else if (actions[event.key]) {
      decide(item, actions[event.key]);
    } else {
      return;
    }
    event.preventDefault();
  }

  function onClick(event) {
    const button = event.target.closest("button[data-action]");
    if (button) {
      decide(button.closest(".item"), button.dataset.action);
    }
  }

  document.addEventListener("keydown", onKey);
  document.addEventListener("click", onClick);
  document.addEventListener("focusin", (event) => {
    const item = event.target.closest ? event.target.closest(".item") : null;
    if (item) {
      items().forEach((el) => el.classList.toggle("current", el === item));
    }
  });
  const saved = Number(sessionStorage.getItem(KEY_POSITION));
  sessionStorage.removeItem(KEY_POSITION);
  select(Number.isFinite(saved) ? saved : 0);
})();
