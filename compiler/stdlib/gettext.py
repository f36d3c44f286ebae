"""gettext for pyaot: the identity translations (no message catalogs),
which is what CPython's gettext does when no catalog is installed."""

__all__ = ['gettext', 'ngettext', 'dgettext', 'dngettext', 'pgettext',
           'npgettext', 'install', 'translation', 'NullTranslations',
           'textdomain', 'bindtextdomain']


def gettext(message):
    return message


def dgettext(domain, message):
    return message


def ngettext(msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2


def dngettext(domain, msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2


def pgettext(context, message):
    return message


def npgettext(context, msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2


def textdomain(domain=None):
    return domain or 'messages'


def bindtextdomain(domain, localedir=None):
    return localedir


class NullTranslations:
    def __init__(self, fp=None):
        pass

    def gettext(self, message):
        return message

    def ngettext(self, msgid1, msgid2, n):
        return msgid1 if n == 1 else msgid2

    def install(self, names=None):
        import builtins
        setattr(builtins, '_', self.gettext)


def translation(domain, localedir=None, languages=None, class_=None,
                fallback=False):
    if not fallback:
        raise FileNotFoundError(2, 'No translation file found for domain', domain)
    return NullTranslations()


def install(domain, localedir=None, *, names=None):
    NullTranslations().install(names)
