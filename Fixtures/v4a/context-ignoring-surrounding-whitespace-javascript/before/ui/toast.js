export function showToast(message, { timeout = 3000 } = {}) {
    const el = document.createElement("div");
    el.className = "toast";
    el.textContent = message;
    document.body.appendChild(el);
    setTimeout(() => el.remove(), timeout);
    return el;
}
