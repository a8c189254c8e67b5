"""The user's language: MentorDesk's own translations plus Qt's, installed at start.

The language is `--lang CODE` when given, else the system locale as Qt reads it on this
platform (on Linux: LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Dates and numbers follow the same
locale (`QLocale.setDefault`), so `--lang de` gives German words and "28.11.2026" dates.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mentordesk.resources import resources_dir

CATALOG = "mentordesk"
QT_CATALOGS = ("qtbase",)
SOURCE_LANGUAGE = QLocale("en")  # mentordesk_en.qm: the English plural forms, loaded first


def app_locale(language: str | None = None) -> QLocale:
    """The locale the app speaks: `language` ("de", "de_DE") if given, else the system's."""
    return QLocale(language) if language else QLocale.system()


def install_translations(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install the translators for the locale (once per app); returns the ones that loaded."""
    locale = app_locale(language)
    QLocale.setDefault(locale)
    for old in app.findChildren(QTranslator, "mentordesk-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    loaded = [
        translator for translator in _translators(app, locale) if app.installTranslator(translator)
    ]
    return loaded


def _translators(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """English plurals, Qt's own catalogs, then MentorDesk's; only those found for the locale."""
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(resources_dir())
    sources = [(SOURCE_LANGUAGE, CATALOG, ours)]
    sources += [(locale, name, qt_dir) for name in QT_CATALOGS]
    if locale.language() not in (QLocale.Language.English, QLocale.Language.C):
        sources.append((locale, CATALOG, ours))
    found = []
    for language, name, folder in sources:
        translator = QTranslator(app)
        translator.setObjectName("mentordesk-translator")
        if translator.load(language, name, "_", folder):
            found.append(translator)
        else:
            translator.deleteLater()
    return found
