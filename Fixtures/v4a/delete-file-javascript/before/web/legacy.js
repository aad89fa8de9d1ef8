// jQuery-era helpers kept for the old checkout page.
function $(selector) {
  return document.querySelector(selector);
}

function hide(selector) {
  $(selector).style.display = "none";
}
