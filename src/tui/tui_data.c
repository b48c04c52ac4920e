/*
 * A and D (see tui_data.h). The add is the core's (trainer_add_patch): part
 * of the run's history, so b undoes it and a recording's A replays it; here
 * only the words that tell the class what happened.
 */
#include "config.h"

#include "core/data_file.h"
#include "tui/tui_data.h"

int tui_add_patch(struct tui *tui)
{
	struct trainer *t = tui->trainer;
	char err[SCENE_MESSAGE_SIZE - 64];
	bool mid_sample = trainer_phase(t) != TRAINER_PHASE_READY && trainer_phase(t) != TRAINER_PHASE_UPDATE;

	tui_pause(tui);
	if (trainer_add_patch(t, &tui->editor.patch, tui->editor.label, err, sizeof err) != 0) {
		tui_say(tui, true, "not added: %s", err);
		return TUI_REDRAW;
	}
	tui_say(tui, false, "added as %s: train %d; trained at the end of this epoch%s (b undoes it)",
		label_name(tui->editor.label), trainer_train_set(t)->size,
		mid_sample ? ", the sample in progress starts again" : "");
	return TUI_REDRAW;
}

void tui_write_data(struct tui *tui)
{
	const struct dataset *train = trainer_train_set(tui->trainer);
	const struct dataset *test = trainer_test_set(tui->trainer);
	char err[SCENE_MESSAGE_SIZE - 64];

	if (data_file_save(TUI_DATA_TRAIN, train, err, sizeof err) != 0 ||
	    data_file_save(TUI_DATA_TEST, test, err, sizeof err) != 0) {
		tui_say(tui, true, "not written: %s", err);
		return;
	}
	tui_say(tui, false, "wrote %d training patches to %s and %d test patches to %s", train->size,
		TUI_DATA_TRAIN, test->size, TUI_DATA_TEST);
}

void tui_set_predictions(struct tui *tui)
{
	const struct dataset *set = tui_browsed_set(tui);
	const struct network *net = trainer_network(tui->trainer);
	struct pass pass;

	for (int i = 0; i < set->size; i++) {
		network_forward(net, &set->patch[i], &pass);
		tui->set_p_edge[i] = pass.p[LABEL_EDGE];
		tui->set_right[i] = pass.prediction == set->label[i];
	}
}

const struct dataset *tui_browsed_set(const struct tui *tui)
{
	return tui->browse_train ? trainer_train_set(tui->trainer) : trainer_test_set(tui->trainer);
}

int tui_switch_set(struct tui *tui)
{
	tui->browse_train = !tui->browse_train;
	tui->test_index = 0;
	return TUI_REDRAW;
}

int tui_remove_patch(struct tui *tui)
{
	struct trainer *t = tui->trainer;
	char err[SCENE_MESSAGE_SIZE - 64];
	int shown = tui->test_index;

	if (!tui->browse_train) {
		tui_say(tui, true, "%s", "only training patches can be removed: x shows the training set");
		return TUI_REDRAW;
	}
	if (trainer_remove_patch(t, shown, err, sizeof err) != 0) {
		tui_say(tui, true, "not removed: %s", err);
		return TUI_REDRAW;
	}
	if (tui->test_index >= trainer_train_set(t)->size)
		tui->test_index = trainer_train_set(t)->size - 1;
	tui_say(tui, false, "removed training patch %d: train %d (b undoes it)", shown + 1,
		trainer_train_set(t)->size);
	return TUI_REDRAW;
}
