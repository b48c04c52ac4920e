/*
 * A, x, X and D (see tui_data.h). Adds and removes are the core's
 * (trainer_add_patch, trainer_remove_patch): part of the run's history, so
 * b undoes them and a recording's keys replay them; here only the words
 * that tell the class what happened.
 */
#include "config.h"

#include <stdio.h>

#include "core/data_file.h"
#include "tui/keys.h"
#include "tui/tui_data.h"
#include "tui/tui_private.h"

int tui_add_patch(struct tui *tui)
{
	struct driver *d = &tui->driver;
	const struct editor *editor = &tui->browse.editor;
	char err[SCENE_MESSAGE_SIZE - 64];
	enum trainer_phase phase = trainer_phase(d->trainer);
	bool mid_sample = phase != TRAINER_PHASE_READY && phase != TRAINER_PHASE_UPDATE;

	driver_pause(d);
	if (trainer_add_patch(d->trainer, &editor->patch, editor->label, err, sizeof err) != 0) {
		driver_say(d, true, "not added: %s", err);
		return TUI_REDRAW;
	}
	driver_say(d, false, "added as %s: train %d; trained at the end of this epoch%s (b undoes it)",
		   label_name(editor->label), trainer_train_set(d->trainer)->size,
		   mid_sample ? ", the sample in progress starts again" : "");
	return TUI_REDRAW;
}

const struct dataset *tui_browsed_set(const struct tui *tui)
{
	const struct trainer *t = tui->driver.trainer;

	return tui->browse.browse_train ? trainer_train_set(t) : trainer_test_set(t);
}

void tui_set_predictions(struct tui *tui)
{
	const struct dataset *set = tui_browsed_set(tui);
	const struct network *net = trainer_network(tui->driver.trainer);
	struct pass pass;

	for (int i = 0; i < set->size; i++) {
		network_forward(net, &set->patch[i], &pass);
		tui->browse.set_p_edge[i] = pass.p[LABEL_EDGE];
		tui->browse.set_right[i] = pass.prediction == set->label[i];
	}
}

int tui_switch_set(struct tui *tui)
{
	tui->browse.browse_train = !tui->browse.browse_train;
	tui->browse.test_index = 0;
	return TUI_REDRAW;
}

int tui_remove_patch(struct tui *tui)
{
	struct driver *d = &tui->driver;
	char err[SCENE_MESSAGE_SIZE - 64];
	int shown = tui->browse.test_index;

	if (!tui->browse.browse_train) {
		driver_say(d, true, "%s", "only training patches can be removed: x shows the training set");
		return TUI_REDRAW;
	}
	if (trainer_remove_patch(d->trainer, shown, err, sizeof err) != 0) {
		driver_say(d, true, "not removed: %s", err);
		return TUI_REDRAW;
	}
	if (tui->browse.test_index >= trainer_train_set(d->trainer)->size)
		tui->browse.test_index = trainer_train_set(d->trainer)->size - 1;
	driver_say(d, false, "removed training patch %d: train %d (b undoes it)", shown,
		   trainer_train_set(d->trainer)->size);
	return TUI_REDRAW;
}

void tui_write_data(struct tui *tui)
{
	struct driver *d = &tui->driver;
	const struct dataset *train = trainer_train_set(d->trainer);
	const struct dataset *test = trainer_test_set(d->trainer);
	char err[SCENE_MESSAGE_SIZE - 64];

	if (data_file_save(TUI_DATA_TRAIN, train, err, sizeof err) != 0 ||
	    data_file_save(TUI_DATA_TEST, test, err, sizeof err) != 0) {
		driver_say(d, true, "not written: %s", err);
		return;
	}
	driver_say(d, false, "wrote %d training patches to %s and %d test patches to %s", train->size,
		   TUI_DATA_TRAIN, test->size, TUI_DATA_TEST);
}
