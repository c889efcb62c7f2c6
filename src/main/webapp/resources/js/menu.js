/*
 * The main menu's groups (layout.xhtml): plain <details> disclosures that work without this script; with it, one group
 * is open at a time, and Escape or a click elsewhere closes it (Escape puts the focus back on the group's name).
 */
(function () {
    'use strict';

    function openGroups() {
        return Array.prototype.slice.call(document.querySelectorAll('nav.app-nav details[open]'));
    }

    document.addEventListener('toggle', function (event) {
        var opened = event.target;
        if (opened.tagName !== 'DETAILS' || !opened.open || !opened.closest('nav.app-nav')) {
            return;
        }
        openGroups().forEach(function (group) {
            if (group !== opened) {
                group.open = false;
            }
        });
    }, true);

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') {
            return;
        }
        openGroups().forEach(function (group) {
            if (group.contains(document.activeElement)) {
                group.querySelector('summary').focus();
            }
            group.open = false;
        });
    });

    document.addEventListener('click', function (event) {
        openGroups().forEach(function (group) {
            if (!group.contains(event.target)) {
                group.open = false;
            }
        });
    });
}());
