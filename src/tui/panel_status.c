/*
 * The two one-line panels: the status line at the top (epoch, sample, step,
 * phase, lr, seed, speed: where the run stands) and the key line at the
 * bottom (the keys of the mode on screen, from the key map's table).
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tui/controls.h"
#include "tui/draw.h"
#include "tui/panel.h"

/* Fill the whole line with the status background. */
static void status_fill(WINDOW *win)
{
	int x;

	werase(win);
	wattrset(win, colors_attr(ROLE_STATUS));
	for (x = 0; x < draw_width(win); x++)
		mvwaddch(win, 0, x, ' ');
}

/* Draw the status line. */
static void panel_status_draw(WINDOW *win, const struct scene *scene)
{
	const struct trainer *t = scene->trainer;
	const struct trainer_config *config = trainer_config(t);
	char line[256], speed[32];
	int x, width = draw_width(win);
	const char *state;

	status_fill(win);
	snprintf(line, sizeof line, " epoch %ld  sample %d/%d  step %ld  %s  lr %g  seed %lu ",
		 trainer_epoch(t), trainer_sample_index(t) + 1, trainer_train_set(t)->size,
		 trainer_step_count(t), trainer_phase_name(trainer_phase(t)), trainer_lr(t),
		 (unsigned long)config->seed);
	x = draw_text(win, 0, 0, ROLE_STATUS, line);
	controls_speed_name(scene->speed, speed, sizeof speed);
	if (scene->diverged)
		x += draw_text(win, 0, x, ROLE_ERROR, " DIVERGED ") + 1;
	if (scene->mode == KEYMAP_EDIT)
		x += draw_text(win, 0, x, ROLE_STATUS_RUN, " painting ") + 1;
	else if (scene->mode == KEYMAP_TEST)
		x += draw_text(win, 0, x, ROLE_STATUS_RUN, " test set ") + 1;
	state = scene->running ? " running " : " paused ";
	snprintf(line, sizeof line, "%s%s ", state, speed);
	if (x + (int)strlen(line) <= width)
		draw_text(win, 0, width - (int)strlen(line), scene->running ? ROLE_STATUS_RUN : ROLE_STATUS,
			  line);
}

/* The width "key help  " takes on the key line. */
static int keys_entry_width(const struct keymap_entry *e)
{
	return (int)(strlen(e->name) + 1 + strlen(e->short_help) + 2);
}

/* Draw one "key help" pair; return the columns used. */
static int keys_draw_entry(WINDOW *win, int x, const struct keymap_entry *e)
{
	int used = draw_text(win, 0, x, ROLE_KEY, e->name);

	used += draw_text(win, 0, x + used, ROLE_NORMAL, " ");
	used += draw_text(win, 0, x + used, ROLE_DIM, e->short_help);
	return used + 2;
}

/* True for the entries the key line keeps however narrow it is. */
static bool keys_essential(const struct keymap_entry *e)
{
	return e->action == ACTION_HELP || e->action == ACTION_QUIT;
}

/* Draw the key line: the mode's keys that fit, always ending with help and quit. */
static void panel_keys_draw(WINDOW *win, const struct scene *scene)
{
	size_t count, i;
	const struct keymap_entry *entries = keymap_entries(&count);
	int width = draw_width(win), reserved = 0, x = 1;

	werase(win);
	for (i = 0; i < count; i++)
		if (entries[i].short_help != NULL && keys_essential(&entries[i]))
			reserved += keys_entry_width(&entries[i]);
	for (i = 0; i < count; i++) {
		const struct keymap_entry *e = &entries[i];

		if (e->short_help == NULL || e->mode != scene->mode || keys_essential(e))
			continue;
		if (x + keys_entry_width(e) + reserved > width)
			break;
		x += keys_draw_entry(win, x, e);
	}
	for (i = 0; i < count; i++)
		if (entries[i].short_help != NULL && keys_essential(&entries[i]))
			x += keys_draw_entry(win, x, &entries[i]);
}

const struct panel_ops panel_status_ops = {
	.where = LAYOUT_STATUS,
	.draw = panel_status_draw,
};

const struct panel_ops panel_keys_ops = {
	.where = LAYOUT_KEYS,
	.draw = panel_keys_draw,
};
