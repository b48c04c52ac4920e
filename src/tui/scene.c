/*
 * The scene the panels draw (see scene.h): the visualizer's state read
 * into one snapshot, and what the current weights make of the sample on
 * screen asked of the core.
 */
#include "config.h"

#include <string.h>

#include "tui/classroom/tour.h"
#include "tui/scene.h"
#include "tui/tui_data.h"
#include "tui/tui_private.h"
#include "tui/views/learned.h"
#include "tui/views/learning.h"

/* The training run's part of the scene. */
static void scene_train(const struct trainer *t, struct scene *s)
{
	s->patch = trainer_sample(t);
	s->phase = trainer_phase(t);
	s->pass = s->phase == TRAINER_PHASE_READY ? NULL : trainer_pass(t);
	s->label = trainer_sample_label(t);
	s->sample = trainer_sample_index(t);
	s->samples = trainer_train_set(t)->size;
	if (s->phase == TRAINER_PHASE_UPDATE) {
		s->before = trainer_network_before_update(t);
		s->forward_net = s->before;
	}
}

/* Ask the core what the current weights make of a patch that is not trained on. */
static void scene_local(struct pass *pass, struct scene *s, const struct patch *patch, enum label label)
{
	network_forward(s->net, patch, pass);
	network_loss(pass, label);
	s->patch = patch;
	s->pass = pass;
	s->phase = TRAINER_PHASE_LOSS;
	s->label = label;
}

/* The sample on screen: the run's, the editor's, a wrong one or a test one. */
static void scene_sample(struct tui *tui, struct scene *s)
{
	const struct trainer *t = tui->driver.trainer;
	const struct dataset *set = trainer_train_set(t);
	struct browsers *b = &tui->browse;
	int wrong = wrong_list_sample(&b->wrong);

	switch (tui->view.mode) {
	case KEYMAP_EDIT:
		scene_local(&b->local_pass, s, &b->editor.patch, b->editor.label);
		s->cursor = b->editor.cursor;
		s->example = editor_example_title(&b->editor);
		s->samples = 1;
		break;
	case KEYMAP_WRONG:
		if (wrong < 0) {
			/* Nothing to browse: the training run's sample. */
			scene_train(t, s);
			break;
		}
		scene_local(&b->local_pass, s, &set->patch[wrong], set->label[wrong]);
		s->sample = wrong;
		s->samples = set->size;
		break;
	case KEYMAP_TEST:
		set = tui_browsed_set(tui);
		scene_local(&b->local_pass, s, &set->patch[b->test_index], set->label[b->test_index]);
		s->sample = b->test_index;
		s->samples = set->size;
		s->browse_train = b->browse_train;
		tui_set_predictions(tui);
		s->set = set;
		s->set_p_edge = b->set_p_edge;
		s->set_right = b->set_right;
		break;
	default:
		scene_train(t, s);
		break;
	}
}

/* What is open over the panels: the wrong samples' list, the tour, the help. */
static void scene_overlays(const struct tui *tui, struct scene *s)
{
	const struct browsers *b = &tui->browse;

	s->help_page = tui->view.help_page;
	s->wrong_selected = -1;
	if (b->wrong.open) {
		s->wrong = b->wrong.items;
		s->wrong_count = b->wrong.count;
		s->wrong_selected = tui->view.mode == KEYMAP_WRONG ? b->wrong.pos : -1;
	}
	s->tour = b->tour.open;
	s->tour_page = b->tour.page;
	s->highlight = b->tour.open ? (int)tour_panel(b->tour.page, tui->view.layout.shown) : -1;
}

/* Build the scene the panels draw. */
void scene_build(struct tui *tui, struct scene *s)
{
	struct driver *d = &tui->driver;
	const struct trainer *t = d->trainer;

	memset(s, 0, sizeof *s);
	wrong_list_refresh(&tui->browse.wrong, t);
	s->trainer = t;
	s->mode = tui->view.mode;
	s->net = trainer_network(t);
	s->forward_net = s->net;
	if (tui->browse.selected >= s->net->hidden)
		tui->browse.selected = s->net->hidden - 1;
	s->selected = tui->browse.selected;
	s->cursor = -1;
	s->running = d->running;
	s->speed = d->speed;
	s->diverged = trainer_diverged(t);
	s->test_correct = driver_test_correct(d);
	s->test_loss = d->test_loss;
	s->ascii = tui->view.ascii;
	s->keys_mode = tui->player.playing				? KEYMAP_REPLAY
		       : tui->quiz.on && tui->view.mode == KEYMAP_TRAIN ? KEYMAP_QUIZ
									: tui->view.mode;
	s->replay = tui->player.playing ? tui->player.tag : NULL;
	s->zoom = tui->view.layout.zoomed;
	s->loaded_from = d->loaded_from[0] != '\0' ? d->loaded_from : NULL;
	s->message = d->message;
	s->message_is_error = d->message_is_error;
	scene_overlays(tui, s);
	s->quiz_on = tui->quiz.on;
	s->quiz_asking = quiz_mode_question(&tui->quiz, t, &s->quiz);
	s->quiz_right = tui->quiz.right;
	s->quiz_answered = (int)tui->quiz.count;
	learning_views_scene(tui, s);
	learned_views_scene(tui, s);
	scene_sample(tui, s);
	s->compare = compare_scene_build(tui, tui->view.layout.rect[LAYOUT_COMPARE].w - COMPARE_CHART_MARGIN);
}
