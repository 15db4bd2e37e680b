// The only script of the worker pages: "use my location" for the nearest sites, and the print buttons
// ([data-print]; the Content-Security-Policy allows no inline onclick). Everything else works without
// JavaScript. Delegated listeners, so Blazor's enhanced navigation needs no re-binding.
(() => {
  const show = () => document.querySelectorAll("[data-locate]").forEach((b) => { b.hidden = !("geolocation" in navigator); });
  document.addEventListener("DOMContentLoaded", show);
  if (window.Blazor) { window.Blazor.addEventListener?.("enhancedload", show); }
  document.addEventListener("enhancedload", show);
  new MutationObserver(show).observe(document.documentElement, { childList: true, subtree: true });

  document.addEventListener("click", (event) => {
    if (event.target.closest("[data-print]")) {
      window.print();
    }
  });

  document.addEventListener("click", (event) => {
    const button = event.target.closest("[data-locate]");
    if (!button) return;
    const status = document.getElementById(button.getAttribute("aria-describedby") || "");
    const say = (text) => { if (status) status.textContent = text; };
    button.disabled = true;
    say("正在获取您的位置…");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const { latitude, longitude } = position.coords;
        location.href = `/sites?near=${latitude.toFixed(5)},${longitude.toFixed(5)}`;
      },
      (error) => {
        button.disabled = false;
        say(error.code === 1 ? "未获得定位权限，请在下方选择乡镇（街道）。" : "暂时无法定位，请在下方选择乡镇（街道）。");
      },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 300000 });
  });
})();
