/*
 * The two one-line panels: the status line at the top (epoch, sample, step,
 * phase, lr, seed, speed: where the run stands) and the key line at the
 * bottom (the keys of the mode on screen, from the key map's table).
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tui/compare/panel_compare.h"
#include "tui/model/controls.h"
#include "tui/panels/panel.h"
#include "tui/screen/draw.h"

/* Fill the whole line with the status background. */
static void status_fill(WINDOW *win)
{
	int x;

	werase(win);
	wattrset(win, colors_attr(ROLE_STATUS));
	for (x = 0; x < draw_width(win); x++)
		mvwaddch(win, 0, x, ' ');
}

/* What the status line shows, from the fullest line to the shortest it tries. */
struct status_fit {
	int gap;	/* spaces between the fields */
	bool sizes;	/* the training set's size, "train 101" */
	bool seed;	/* "seed 42" */
	bool gate_word; /* "gate relu" rather than "relu" */
	bool gate;	/* the gate at all */
	bool speed;	/* the speed beside "paused" or "running" */
};

/* With the seed's training set: its size (in "sample 0/100" anyway) gives way first. */
static const struct status_fit STATUS_FITS_DRAWN[] = {
	{ 2, true, true, true, true, true },	{ 1, true, true, true, true, true },
	{ 1, false, true, true, true, true },	{ 1, false, false, true, true, true },
	{ 1, false, false, false, true, true },
};

/*
 * With data of one's own (a file, patches added or removed), the size is
 * news: the seed, the gate (set with a, shown in the Hidden layer's title
 * where wide) and then the speed give way before it, so that "train 101"
 * shows at 80 columns, in the patch editor and at six-digit steps too.
 */
static const struct status_fit STATUS_FITS_OWN[] = {
	{ 2, true, true, true, true, true },	  { 1, true, true, true, true, true },
	{ 1, true, false, true, true, true },	  { 1, true, false, false, true, true },
	{ 1, true, false, false, false, true },	  { 1, true, false, false, false, false },
	{ 1, false, false, false, false, false },
};

/* The run's fields as fit says. */
static void status_fields(const struct trainer *t, const struct status_fit *fit, char *line, size_t size)
{
	/* On a shown update made at another rate, the rate here is the next step's: say so. */
	bool next = trainer_lr(t) != trainer_shown_lr(t);
	char sizes[32] = "", gate[32] = "";
	int gap = fit->gap;

	if (fit->sizes)
		snprintf(sizes, sizeof sizes, "train %d%*s", trainer_train_set(t)->size, gap, "");
	if (fit->gate)
		snprintf(gate, sizeof gate, "%*s%s%s", gap, "", fit->gate_word ? "gate " : "",
			 activation_keyword(trainer_network(t)->activation));
	int n = snprintf(line, size, " epoch %ld%*ssample %d/%d%*s%sstep %ld%*s%s%*slr %g%s%s ",
			 trainer_epoch(t), gap, "", trainer_sample_index(t), trainer_train_set(t)->size, gap,
			 "", sizes, trainer_step_count(t), gap, "", trainer_phase_name(trainer_phase(t)), gap,
			 "", trainer_lr(t), next ? " next" : "", gate);

	if (fit->seed && n > 0 && (size_t)n < size)
		snprintf(line + n, size - (size_t)n, "%*sseed %lu ", gap - 1, "",
			 (unsigned long)trainer_config(t)->seed);
}

/*
 * Cut line to at most width columns at a word's end, never inside a word
 * ("rel" for relu), and without a name left alone by its value ("lr").
 */
static void status_cut(char *line, int width)
{
	char *space;

	if ((int)strlen(line) <= width)
		return;
	if (line[width] == ' ') { /* a word's end already */
		line[width] = '\0';
		return;
	}
	line[width] = '\0';
	space = strrchr(line, ' ');
	if (space == NULL)
		return;
	space[1] = '\0';
	if (space - line >= 3 && strcmp(space - 3, " lr ") == 0)
		space[-2] = '\0';
}

/*
 * Draw the status line: the run's fields on the left, the mode and the run
 * state with its speed on the right; when the line is short, spaces, then
 * the training set's size, the seed and the word "gate" give way; with data
 * of one's own, the size stays longest (STATUS_FITS_OWN).
 */
static void panel_status_draw(WINDOW *win, const struct scene *scene)
{
	char line[256], right[64], speed[32];
	const char *tag = scene->diverged	       ? " DIVERGED "
			  : scene->replay != NULL      ? scene->replay
			  : scene->mode == KEYMAP_EDIT ? " painting "
			  : scene->mode == KEYMAP_TEST
				  ? (scene->browse_train ? " training set " : " test set ")
			  : scene->mode == KEYMAP_WRONG ? " wrong "
							: "";
	bool own = !trainer_data_is_drawn(scene->trainer);
	const struct status_fit *fits = own ? STATUS_FITS_OWN : STATUS_FITS_DRAWN;
	size_t count = own ? sizeof STATUS_FITS_OWN / sizeof *fits : sizeof STATUS_FITS_DRAWN / sizeof *fits;
	int width = draw_width(win), need = 0;

	if (scene->compare != NULL) {
		panel_compare_status(win, scene);
		return;
	}
	status_fill(win);
	controls_speed_name(scene->speed, speed, sizeof speed);
	for (size_t try = 0; try < count; try++) {
		/* A replay says where it is in its tag: not "paused" while its events play. */
		if (scene->replay != NULL)
			right[0] = '\0';
		else if (scene->quiz_on) /* no runs in quiz mode: the score instead of the speed */
			snprintf(right, sizeof right, " quiz, score %d/%d ", scene->quiz_right,
				 scene->quiz_answered);
		else
			snprintf(right, sizeof right, "%s%s%s", scene->running ? " running " : " paused ",
				 fits[try].speed ? speed : "", fits[try].speed ? " " : "");
		need = (int)strlen(tag) + 1 + (int)strlen(right);
		status_fields(scene->trainer, &fits[try], line, sizeof line);
		if ((int)strlen(line) + need <= width)
			break;
	}
	/* Still too long (a long run's step count): the fields give way to the run state. */
	if ((int)strlen(line) + need > width && width - need > 0)
		status_cut(line, width - need);
	draw_text(win, 0, 0, ROLE_STATUS, line);
	if (tag[0] != '\0')
		draw_text(win, 0, (int)strlen(line), scene->diverged ? ROLE_ERROR : ROLE_STATUS_RUN, tag);
	if ((int)strlen(line) + need <= width)
		draw_text(win, 0, width - (int)strlen(right), scene->running ? ROLE_STATUS_RUN : ROLE_STATUS,
			  right);
}

/* The width "key help" takes on the key line, with gap columns after it. */
static int keys_entry_width(const struct keymap_entry *e, int gap)
{
	return (int)(strlen(e->name) + 1 + strlen(e->short_help)) + gap;
}

/* Draw one "key help" pair; return the columns used, gap included. */
static int keys_draw_entry(WINDOW *win, int x, const struct keymap_entry *e, int gap)
{
	int used = draw_text(win, 0, x, ROLE_KEY, e->name);

	used += draw_text(win, 0, x + used, ROLE_NORMAL, " ");
	used += draw_text(win, 0, x + used, ROLE_DIM, e->short_help);
	return used + gap;
}

/* True for the entries the key line keeps however narrow it is. */
static bool keys_essential(const struct keymap_entry *e)
{
	return e->action == ACTION_HELP || e->action == ACTION_QUIT;
}

/* True for the entries of mode that go on the key line. */
static bool keys_listed(const struct keymap_entry *e, enum keymap_mode mode)
{
	return e->short_help != NULL && (e->mode == mode || keys_essential(e));
}

/* Columns all of mode's entries take with gap columns between them. */
static int keys_total(enum keymap_mode mode, int gap)
{
	size_t count, i;
	const struct keymap_entry *entries = keymap_entries(&count);
	int total = 0;

	for (i = 0; i < count; i++)
		if (keys_listed(&entries[i], mode))
			total += keys_entry_width(&entries[i], gap);
	return total - gap;
}

/*
 * Draw the key line: the mode's keys, two columns apart when they all fit
 * so, else one; the last ones dropped if even that is too wide, but help
 * and quit always at the end.
 */
static void panel_keys_draw(WINDOW *win, const struct scene *scene)
{
	size_t count, i;
	const struct keymap_entry *entries = keymap_entries(&count);
	int width = draw_width(win), gap = keys_total(scene->keys_mode, 2) < width ? 2 : 1;
	int reserved = 0, x = 0;

	werase(win);
	for (i = 0; i < count; i++)
		if (keys_listed(&entries[i], scene->keys_mode) && keys_essential(&entries[i]))
			reserved += keys_entry_width(&entries[i], gap);
	for (i = 0; i < count; i++) {
		const struct keymap_entry *e = &entries[i];

		if (!keys_listed(e, scene->keys_mode) || keys_essential(e))
			continue;
		if (x + keys_entry_width(e, gap) + reserved - gap > width)
			continue;
		x += keys_draw_entry(win, x, e, gap);
	}
	for (i = 0; i < count; i++)
		if (keys_listed(&entries[i], scene->keys_mode) && keys_essential(&entries[i]))
			x += keys_draw_entry(win, x, &entries[i], gap);
}

const struct panel_ops panel_status_ops = {
	.where = LAYOUT_STATUS,
	.draw = panel_status_draw,
};

const struct panel_ops panel_keys_ops = {
	.where = LAYOUT_KEYS,
	.draw = panel_keys_draw,
};
