/*
 * The quiz: one question about what the next phase of the run will show,
 * asked before it is shown, and its answer, worked out from the run's real
 * state by trainer_peek_phase (the trainer's own arithmetic on copies), so
 * that the answer marked right is what the run then shows, bit for bit.
 *
 * Which question is asked depends only on where the run stands (its step
 * and phase) and its seed, never on the answer: a replay asks the same
 * questions, and the choice itself gives nothing away. Each phase has its
 * kinds of question; the numbers a front end needs to say why the right
 * answer is right come with it. No text here: the front end words it.
 */
#ifndef EDGEVIZ_QUIZ_H
#define EDGEVIZ_QUIZ_H

#include "core/network.h"
#include "core/trainer.h"

#define QUIZ_MAX_ANSWERS 4
/* The loss questions' bounds between answers: p(label) of 0.9, 0.5 and 0.1, rounded. */
#define QUIZ_LOSS_HALF 0.5
#define QUIZ_LOSS_RANGES 4

enum quiz_kind {
	/* forward */
	QUIZ_GATE,	 /* will hJ's z1 be above 0 (pass ReLU)? 0 yes, 1 no */
	QUIZ_WINNER,	 /* which class gets the higher p? 0 Edge, 1 No Edge (the prediction) */
	QUIZ_PASS_COUNT, /* how many neurons get z1 > 0? four ranges (quiz_count_range) */
	/* loss */
	QUIZ_LOSS_HALF_WAY, /* the loss: 0 below 0.5, 1 0.5 or above */
	QUIZ_LOSS_RANGE,    /* the loss: four ranges (quiz_loss_bound) */
	/* backward */
	QUIZ_GRAD_REACH, /* ReLU: will the gradient reach hJ (dz1 != 0)? 0 yes, 1 no: blocked */
	QUIZ_GRAD_SIGN,	 /* hJ's dz1: 0 positive, 1 zero, 2 negative */
	/* update */
	QUIZ_WEIGHT_MOVE, /* W1[pixel, J]: 0 up, 1 down, 2 stays as it is */
	QUIZ_LOSS_AFTER,  /* this sample's loss after the update: 0 lower, 1 not lower */
	QUIZ_KIND_COUNT
};

struct quiz_question {
	enum quiz_kind kind;
	enum trainer_phase phase; /* the phase it asks about (the next one) */
	long position;		  /* quiz_position of the run when it was asked */
	long step;		  /* the step of the sample, from 0 (the update it makes) */
	int sample;		  /* the sample's index in the training set */
	enum label label;	  /* its true label */
	enum activation gate;	  /* the hidden layer's gate */
	int hidden;		  /* neurons in the hidden layer */
	int neuron;		  /* hJ asked about, or -1 */
	int pixel;		  /* the input (W1's row) asked about, or -1 */
	int answers;		  /* 2 .. QUIZ_MAX_ANSWERS */
	int right;		  /* the right answer, 0 .. answers - 1 */
	/*
	 * The numbers that say why, after the phase:
	 * GATE: z1, h.  WINNER: p(Edge), p(No Edge).  PASS_COUNT: the count.
	 * LOSS_*: loss, p(label).  GRAD_*: z1, dh, dz1.
	 * WEIGHT_MOVE: W1 before, dW1, W1 after, lr.  LOSS_AFTER: loss before, loss after.
	 */
	double why[4];
};

/*
 * Where the run stands as one count that grows by one a phase: 4 a step,
 * plus 1, 2, 3 after the forward, loss and backward phases of the sample in
 * progress. An answer given at position P is undone by going back to P.
 */
long quiz_position(const struct trainer *trainer);

/* The question about the run's next phase, and its answer. */
void quiz_ask(const struct trainer *trainer, struct quiz_question *q);

/*
 * The question of a given kind about hJ = neuron and input pixel (each
 * used where the kind needs it), with its answer. False, and *q not
 * answered, when kind is not one of the next phase's or does not fit the
 * network (quiz_kind_fits), or neuron or pixel is out of range.
 */
bool quiz_ask_about(const struct trainer *trainer, enum quiz_kind kind, int neuron, int pixel,
		    struct quiz_question *q);

/* The phase kind asks about. */
enum trainer_phase quiz_kind_phase(enum quiz_kind kind);

/* Whether kind can be asked of a network with this gate and hidden layer. */
bool quiz_kind_fits(enum quiz_kind kind, enum activation gate, int hidden);

/* PASS_COUNT's answer i covers counts *lo .. *hi (hidden + 1 counts in four ranges). */
void quiz_count_range(int hidden, int answer, int *lo, int *hi);

/* LOSS_RANGE's bound between answer i and i + 1 (i = 0 .. 2): 0.1, 0.69, 2.3. */
double quiz_loss_bound(int i);

#endif
