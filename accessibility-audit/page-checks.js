// Checks run inside the page by AccessibilityAuditIT (added with page.addScriptTag). They walk the composed tree:
// the light DOM and every open shadow root, because Vaadin and Lit components render inside shadow roots.
window.__audit = (() => {
  /** Every element, light DOM and open shadow roots, in document order. */
  function allElements(root = document) {
    const out = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(root);
    return out;
  }

  function deepActive() {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return el;
  }

  function composedParent(el) {
    return el.parentElement || (el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null);
  }

  function composedContains(outer, inner) {
    for (let el = inner; el; el = composedParent(el)) if (el === outer) return true;
    return false;
  }

  function visible(el) {
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    for (let e = el; e; e = composedParent(e)) if (getComputedStyle(e).opacity === '0') return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  }

  /** Screen-reader-only text (the 1 px clip pattern) is meant to be clipped. */
  function visuallyHidden(el) {
    for (let e = el; e; e = composedParent(e)) {
      const s = getComputedStyle(e);
      if ((s.clip && s.clip !== 'auto') || s.clipPath === 'inset(50%)') return true;
      const r = e.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1 && s.overflow === 'hidden') return true;
    }
    return false;
  }

  function textOf(el) {
    return (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim();
  }

  function byIds(el, ids) {
    const root = el.getRootNode();
    return ids.split(/\s+/).map((id) => root.getElementById ? root.getElementById(id) : document.getElementById(id))
      .filter(Boolean).map(textOf).join(' ');
  }

  /** A short accessible-name approximation, enough to recognise a tab stop in a golden file. */
  function nameOf(el) {
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
    if (el.getAttribute('aria-labelledby')) return byIds(el, el.getAttribute('aria-labelledby'));
    if (el.labels && el.labels.length) return textOf(el.labels[0]);
    if (el.id) {
      const root = el.getRootNode();
      const label = root.querySelector && root.querySelector(`label[for="${CSS.escape(el.id)}"]`);
      if (label) return textOf(label);
    }
    if (el.tagName === 'INPUT' && ['submit', 'button'].includes(el.type)) return el.value;
    if (el.getAttribute('title')) return el.getAttribute('title');
    return textOf(el).slice(0, 60);
  }

  function roleOf(el) {
    if (el.getAttribute('role')) return el.getAttribute('role');
    const tag = el.tagName.toLowerCase();
    if (tag === 'a') return 'link';
    if (tag === 'input') {
      const type = (el.getAttribute('type') || 'text').toLowerCase();
      return { radio: 'radio', checkbox: 'checkbox', submit: 'button', button: 'button', file: 'file',
        password: 'password', search: 'searchbox' }[type] || 'textbox';
    }
    if (tag === 'textarea') return 'textbox';
    if (tag === 'select') return 'combobox';
    if (tag === 'summary') return 'disclosure';
    return tag;
  }

  const INTERACTIVE = 'a[href], button, input:not([type=hidden]), select, textarea, summary, audio[controls],'
    + ' video[controls], [tabindex]:not([tabindex="-1"]), [contenteditable=true]';

  return {
    deepActive,

    describeFocus() {
      const el = deepActive();
      if (!el || el === document.body) return null;
      el.setAttribute('data-audit-reached', '');
      for (let e = composedParent(el); e; e = composedParent(e)) {
        if (e.shadowRoot) e.setAttribute('data-audit-reached', '');
      }
      const r = el.getBoundingClientRect();
      return { role: roleOf(el), name: nameOf(el).replace(/\s+/g, ' ').trim().slice(0, 80),
        x: r.x, y: r.y, width: r.width, height: r.height };
    },

    /** Is the focused element what is on top at its own centre (not covered by a sticky bar or a dialog)? */
    focusObscuredBy() {
      const el = deepActive();
      if (!el) return null;
      const r = el.getBoundingClientRect();
      const x = Math.min(Math.max(r.x + r.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.y + Math.min(r.height / 2, 10), 0), innerHeight - 1);
      let top = document.elementFromPoint(x, y);
      while (top && top.shadowRoot) {
        const inner = top.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === top) break;
        top = inner;
      }
      if (!top || composedContains(el, top) || composedContains(top, el)) return null;
      return `${roleOf(top)} "${nameOf(top).slice(0, 40)}" (${top.tagName.toLowerCase()}${top.id ? '#' + top.id : ''})`;
    },

    /** Interactive, visible elements the tab walk never reached (nor anything inside them). */
    unreached() {
      return allElements().filter((el) => el.matches(INTERACTIVE) && !el.disabled && visible(el)
        && el.getAttribute('aria-hidden') !== 'true' && !el.closest('[inert]')
        // the content of a closed disclosure cannot take focus until it is opened (only its summary can)
        && !(el.closest('details:not([open])') && !el.closest('summary')))
        .filter((el) => !(el.type === 'radio' && el.name && el.form !== undefined && [...(el.getRootNode()
          .querySelectorAll(`input[type=radio][name="${CSS.escape(el.name)}"]`))].some((r) => r.hasAttribute('data-audit-reached'))))
        .filter((el) => !el.hasAttribute('data-audit-reached')
          && !allElements(el.shadowRoot || el).some((d) => d.hasAttribute('data-audit-reached'))
          && !(() => { for (let e = composedParent(el); e; e = composedParent(e)) {
            if (e.hasAttribute('data-audit-reached') && e.shadowRoot) return true; } return false; })())
        .map((el) => `${roleOf(el)} "${nameOf(el).slice(0, 50)}"`);
    },

    resetReached() {
      allElements().forEach((el) => el.removeAttribute('data-audit-reached'));
    },

    structure() {
      const els = allElements();
      const mains = els.filter((el) => (el.tagName === 'MAIN' || el.getAttribute('role') === 'main') && visible(el));
      const headings = els.filter((el) => visible(el) && (/^H[1-6]$/.test(el.tagName)
        || el.getAttribute('role') === 'heading'))
        .map((el) => ({ level: Number(el.getAttribute('aria-level') || el.tagName.slice(1)), text: textOf(el).slice(0, 80) }));
      return { lang: document.documentElement.lang, title: document.title, mains: mains.length, headings };
    },

    /** Elements whose content is cut off by overflow hidden/clip (text-spacing and 200% text checks). */
    clipped() {
      return allElements().filter((el) => {
        if (!visible(el) || visuallyHidden(el)) return false;
        const s = getComputedStyle(el);
        const clipsX = ['hidden', 'clip'].includes(s.overflowX);
        const clipsY = ['hidden', 'clip'].includes(s.overflowY);
        if (!clipsX && !clipsY) return false;
        const cutX = clipsX && el.scrollWidth > el.clientWidth + 2;
        const cutY = clipsY && el.scrollHeight > el.clientHeight + 2;
        return (cutX || cutY) && textOf(el).length > 0;
      }).map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string'
        ? '.' + el.className.trim().split(/\s+/).join('.') : ''} "${textOf(el).slice(0, 40)}"`);
    },

    /** WCAG 1.4.12 text spacing, applied to the document and inside every shadow root. */
    applyTextSpacing() {
      const css = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }'
        + ' p { margin-bottom: 2em !important; }';
      const add = (root) => { const s = document.createElement('style'); s.textContent = css; s.dataset.audit = '';
        (root.head || root).appendChild(s); };
      add(document);
      allElements().filter((el) => el.shadowRoot).forEach((el) => add(el.shadowRoot));
    },

    removeOverrides() {
      allElements().concat([...document.querySelectorAll('style[data-audit]')])
        .filter((el) => el.tagName === 'STYLE' && el.dataset.audit !== undefined).forEach((el) => el.remove());
      document.documentElement.style.fontSize = '';
    },

    horizontalOverflow() {
      return document.documentElement.scrollWidth - window.innerWidth;
    },

    /**
     * Movement still longer than 50 ms when the person asked for reduced motion (WCAG 2.3.3): keyframe animations
     * and transitions of position, size or transform. Colour and opacity fades are not motion.
     */
    motion() {
      const still = /^(color|background-color|border-color|border-.*-color|outline-color|opacity|box-shadow|fill|stroke|visibility|text-decoration-color)$/;
      return document.getAnimations().filter((a) => a.playState === 'running')
        .filter((a) => (a.effect?.getComputedTiming().activeDuration ?? 0) > 50)
        .filter((a) => !(a.transitionProperty && still.test(a.transitionProperty)))
        .map((a) => { const t = a.effect?.target; const where = t ? t.tagName.toLowerCase() + (t.id ? '#' + t.id : '') : '?';
          return `${a.transitionProperty ? 'transition of ' + a.transitionProperty : 'animation ' + (a.animationName || '')} on ${where}`; });
    },
  };
})();
