/*
 * wagtail-localize's translation editor (a React app) in the target language's direction and
 * in the admin's language.
 *
 * - Text typed for Arabic or Persian is edited right to left: every text field of the editor
 *   gets `dir` and `lang` of the target language, also the fields React creates later (a
 *   segment's textarea appears when "Translate" is clicked), hence the MutationObserver.
 * - Two labels are written into the bundle in English, without gettext: the "More actions"
 *   of the footer's menu and the "<source> to <target> translation" heading. They get ours.
 *
 * The right-to-left languages come from the server (data-rtl-languages, Django's bidi list);
 * the target language from the editor's own props. core/translation_editor.py adds this script
 * to Wagtail's editors; it does nothing where there is no translation editor.
 */
(() => {
    const script = document.currentScript;
    const rtlLanguages = new Set((script.dataset.rtlLanguages || '').split(' ').filter(Boolean));

    function start() {
        const root = document.querySelector('.js-translation-editor');
        if (!root) return;
        let props;
        try {
            props = JSON.parse(root.dataset.props);
        } catch {
            return;
        }
        const target = props.locale.code;
        const direction = rtlLanguages.has(target) ? 'rtl' : 'ltr';
        const source = props.sourceLocale.displayName;
        const englishHeading = `${source} to ${props.locale.displayName} translation`;
        const replacements = new Map([
            ['More actions', () => gettext('Weitere Aktionen')],
            [
                englishHeading,
                () =>
                    interpolate(
                        gettext('Übersetzung: %(source)s → %(target)s'),
                        { source, target: props.locale.displayName },
                        true,
                    ),
            ],
        ]);

        function translateLabel(element) {
            const text = element.firstChild;
            if (!text || text.nodeType !== Node.TEXT_NODE) return;
            const replacement = replacements.get(text.nodeValue.trim());
            if (replacement) text.nodeValue = replacement();
        }

        function apply() {
            root.querySelectorAll('textarea, input[type="text"]').forEach((field) => {
                if (field.getAttribute('dir') !== direction) field.setAttribute('dir', direction);
                if (field.getAttribute('lang') !== target) field.setAttribute('lang', target);
            });
            root.querySelectorAll('.w-sr-only, section h3').forEach(translateLabel);
        }

        apply();
        new MutationObserver(apply).observe(root, {
            childList: true,
            subtree: true,
            characterData: true,
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
