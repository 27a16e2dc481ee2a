// Wspólnie: after a start form is sent (a new cycle, a proposal), Tasklist 7.24 shows only its fixed notification
// "Proces został rozpoczęty." for three seconds, without the instance it started. This script notices the answer to
// the start request, reads the variable "startConfirmation" the process left for the person (the programme's or the
// proposal's number) and shows it until the person closes it.

const START = /\/process-definition\/[^/]+\/(submit-form|start)$/;

function show(text) {
  document.querySelectorAll('.wspolnie-start-confirmation').forEach((old) => old.remove());
  const box = document.createElement('div');
  box.className = 'wspolnie-start-confirmation alert alert-success';
  box.setAttribute('role', 'status');
  const message = document.createElement('span');
  message.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', 'Zamknij');
  close.textContent = '×';
  close.addEventListener('click', () => box.remove());
  box.append(close, message);
  document.body.appendChild(box);
}

function confirmStart(requestUrl, instance) {
  const base = requestUrl.replace(/\/process-definition\/.*$/, '');
  const query = `?processInstanceId=${encodeURIComponent(instance.id)}&variableName=startConfirmation`;
  fetch(`${base}/history/variable-instance${query}`, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then((response) => (response.ok ? response.json() : []))
    .then((variables) => {
      const found = variables.find((v) => typeof v.value === 'string' && v.value);
      if (found) {
        show(found.value);
      }
    })
    .catch(() => {});
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  const path = String(url).split('?')[0];
  if (String(method).toUpperCase() === 'POST' && START.test(path)) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        try {
          confirmStart(path, JSON.parse(this.responseText));
        } catch (e) {
          // not an instance: nothing to confirm
        }
      }
    });
  }
  return open.call(this, method, url, ...rest);
};
