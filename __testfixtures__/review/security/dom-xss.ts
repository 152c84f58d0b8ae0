export function render(el: HTMLElement, comment: { body: string }): void {
  // ruleid: security/dom-xss
  el.innerHTML = comment.body;
  // ruleid: security/dom-xss
  el.outerHTML = `<p>${comment.body}</p>`;
  // ruleid: security/dom-xss
  document.write(comment.body);
  // ruleid: security/dom-xss
  el.insertAdjacentHTML('beforeend', '<li>' + comment.body + '</li>');
  // ok: literal HTML, and text
  el.innerHTML = '<p>loading…</p>';
  el.textContent = comment.body;
  document.write('<p>static</p>');
}
