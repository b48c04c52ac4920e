/*
 * The change run B makes of run A's settings, read from and written back to
 * its text: "lr=1.0,seed=7".
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/run_change.h"
#include "core/textfile.h"

/* Read item "KEY=VALUE"'s value for key into *change. 0, or -1 with err. */
static int parse_value(const char *key, const char *value, struct run_change *c, char *err, size_t err_size)
{
	long long v;
	int gate;

	if (strcmp(key, "lr") == 0) {
		if (textfile_double(value, 0.0, HUGE_VAL, &c->lr) != TEXTFILE_NUMBER || !(c->lr > 0.0)) {
			snprintf(err, err_size, "lr=%.40s: the learning rate must be a finite number above 0",
				 value);
			return -1;
		}
		c->has_lr = true;
	} else if (strcmp(key, "activation") == 0) {
		if ((gate = activation_parse(value)) < 0) {
			snprintf(err, err_size, "activation=%.40s: not relu, leaky, sigmoid or tanh", value);
			return -1;
		}
		c->activation = (enum activation)gate;
		c->has_activation = true;
	} else if (strcmp(key, "seed") == 0) {
		if (textfile_integer(value, 0, UINT32_MAX, &v) != TEXTFILE_NUMBER) {
			snprintf(err, err_size,
				 "seed=%.40s: the seed must be a whole number, 0 to 4294967295", value);
			return -1;
		}
		c->seed = (uint32_t)v;
		c->has_seed = true;
	} else {
		if (textfile_integer(value, NETWORK_MIN_HIDDEN, NETWORK_MAX_HIDDEN, &v) != TEXTFILE_NUMBER) {
			snprintf(err, err_size,
				 "hidden=%.40s: the hidden size must be a whole number, 1 to 64", value);
			return -1;
		}
		c->hidden = (int)v;
		c->has_hidden = true;
	}
	return 0;
}

/* Whether key was given already (true), after checking it is one of the four (err if not). */
static int check_key(const char *key, const struct run_change *c, char *err, size_t err_size)
{
	static const char *const keys[] = { "lr", "activation", "seed", "hidden" };
	const bool given[] = { c->has_lr, c->has_activation, c->has_seed, c->has_hidden };

	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		if (strcmp(key, keys[i]) != 0)
			continue;
		if (given[i]) {
			snprintf(err, err_size, "%s is given twice", key);
			return -1;
		}
		return 0;
	}
	snprintf(err, err_size, "'%.40s' is not lr, activation, seed or hidden (KEY=VALUE, e.g. lr=1.0)",
		 key);
	return -1;
}

/* Read one item of the list. */
static int parse_item(char *item, struct run_change *c, char *err, size_t err_size)
{
	char *equals = strchr(item, '=');

	if (item[0] == '\0') {
		snprintf(err, err_size, "an empty change (KEY=VALUE, e.g. lr=1.0)");
		return -1;
	}
	if (equals == NULL) {
		snprintf(err, err_size, "'%.40s' is not KEY=VALUE (e.g. lr=1.0)", item);
		return -1;
	}
	*equals = '\0';
	if (check_key(item, c, err, err_size) != 0)
		return -1;
	return parse_value(item, equals + 1, c, err, err_size);
}

int run_change_parse(const char *text, struct run_change *change, char *err, size_t err_size)
{
	char copy[RUN_CHANGE_TEXT_MAX + 1];
	struct run_change c;

	memset(&c, 0, sizeof(c));
	if (strlen(text) > RUN_CHANGE_TEXT_MAX) {
		snprintf(err, err_size, "the change is longer than %d characters", RUN_CHANGE_TEXT_MAX);
		return -1;
	}
	strcpy(copy, text);
	char *item = copy;
	for (;;) {
		char *comma = strchr(item, ',');
		if (comma != NULL)
			*comma = '\0';
		if (parse_item(item, &c, err, err_size) != 0)
			return -1;
		if (comma == NULL)
			break;
		item = comma + 1;
	}
	*change = c;
	return 0;
}

/* v in the fewest significant digits that read back as v. */
static void format_exact(char *out, size_t out_size, double v)
{
	for (int digits = 1; digits <= 17; digits++) {
		snprintf(out, out_size, "%.*g", digits, v);
		if (strtod(out, NULL) == v)
			return;
	}
}

void run_change_format(const struct run_change *c, char *out, size_t out_size)
{
	char lr[32] = "";
	size_t used = 0;

	out[0] = '\0';
	if (c->has_lr) {
		format_exact(lr, sizeof(lr), c->lr);
		used += (size_t)snprintf(out + used, out_size - used, "lr=%s", lr);
	}
	if (c->has_activation && used < out_size)
		used += (size_t)snprintf(out + used, out_size - used, "%sactivation=%s", used ? "," : "",
					 activation_keyword(c->activation));
	if (c->has_seed && used < out_size)
		used += (size_t)snprintf(out + used, out_size - used, "%sseed=%lu", used ? "," : "",
					 (unsigned long)c->seed);
	if (c->has_hidden && used < out_size)
		snprintf(out + used, out_size - used, "%shidden=%d", used ? "," : "", c->hidden);
}
