/*
 * keys_list: the key table (src/tui/model/keymap.c) as text, for
 * tests/tui_keylist.sh, which checks that the man page, the help overlay
 * and the README list the same keys. One line a named key:
 *
 *   MODE<TAB>NAME<TAB>HELP
 *
 * MODE being the help's title of the key's mode without its "(p)" part,
 * as the man page's KEYS subsections are named.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tui/model/keymap.h"

int main(void)
{
	size_t count, i;
	const struct keymap_entry *entries = keymap_entries(&count);

	for (i = 0; i < count; i++) {
		const char *title = keymap_mode_title(entries[i].mode);
		const char *paren = strstr(title, " (");
		int len = paren != NULL ? (int)(paren - title) : (int)strlen(title);

		if (entries[i].name != NULL)
			printf("%.*s\t%s\t%s\n", len, title, entries[i].name, entries[i].help);
	}
	return 0;
}
