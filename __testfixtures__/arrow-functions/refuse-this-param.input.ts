el.addEventListener('click', function (this: HTMLElement, event: Event) {
  return event;
});
