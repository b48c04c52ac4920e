/*
 * Exports of a run's state (see export.h).
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "core/analysis/probe.h"
#include "core/atomic_file.h"
#include "core/export.h"

void export_write_loss(FILE *f, double loss, int decimals)
{
	if (isnan(loss))
		fputs("nan", f);
	else if (isinf(loss))
		fputs(loss > 0 ? "inf" : "-inf", f);
	else if (decimals < 0)
		fprintf(f, "%.17g", loss);
	else
		fprintf(f, "%.*f", decimals, loss);
}

void export_csv_row(FILE *f, const struct epoch_record *r)
{
	fprintf(f, "%ld,", r->epoch);
	export_write_loss(f, r->loss, -1);
	fprintf(f, ",%.12g,%.12g\n", r->train_acc, r->test_acc);
}

void export_write_exact(FILE *f, double v)
{
	char text[40];

	if (!isfinite(v)) {
		export_write_loss(f, v, -1);
		return;
	}
	for (int digits = 15; digits <= 17; digits++) {
		snprintf(text, sizeof(text), "%.*g", digits, v);
		if (strtod(text, NULL) == v)
			break;
	}
	fputs(text, f);
}

/* atomic_file_writer for the decision map of a network. */
static void write_map(FILE *f, const void *context)
{
	const struct network *net = context;
	enum { SIDE = PROBE_CSV_STEPS + 1 };
	double p_edge[SIDE * SIDE];

	fputs(PROBE_CSV_HEADER "\n", f);
	for (int k = PROBE_MIN_K; k <= PROBE_MAX_K; k++) {
		probe_map(net, k, SIDE, SIDE, p_edge, NULL);
		for (int cell = 0; cell < SIDE * SIDE; cell++) {
			fprintf(f, "%d,", k);
			export_write_exact(f, probe_grid_value(cell / SIDE, PROBE_CSV_STEPS));
			fputc(',', f);
			export_write_exact(f, probe_grid_value(cell % SIDE, PROBE_CSV_STEPS));
			fputc(',', f);
			export_write_exact(f, p_edge[cell]);
			fputc('\n', f);
		}
	}
}

int export_map_csv(const struct network *net, const char *path, char *err, size_t err_size)
{
	return atomic_file_write(path, write_map, net, err, err_size);
}

/* atomic_file_writer for the epochs a trainer keeps. */
static void write_epochs(FILE *f, const void *context)
{
	const struct trainer *t = context;

	fputs(EXPORT_CSV_HEADER "\n", f);
	for (long e = 0; e < trainer_epochs_done(t); e++) {
		const struct epoch_record *r = trainer_epoch_record(t, e);
		if (r != NULL)
			export_csv_row(f, r);
	}
}

int export_epochs_csv(const struct trainer *t, const char *path, char *err, size_t err_size)
{
	return atomic_file_write(path, write_epochs, t, err, err_size);
}

struct neuron_image {
	const struct network *net;
	int neuron;
	int scale;
	bool added; /* net is W - W(step 0): one scale for all neurons, and said so */
};

/* The gray level of weight w when the neuron's largest |weight| is top. */
static unsigned char gray_level(double w, double top)
{
	if (!(top > 0.0))
		return 128;
	double level = 127.5 + 127.5 * (w / top);
	return (unsigned char)lround(fmin(255.0, fmax(0.0, level)));
}

/* atomic_file_writer for one neuron's weights as a PGM. */
static void write_neuron(FILE *f, const void *context)
{
	const struct neuron_image *image = context;
	const struct network *net = image->net;
	int side = PATCH_SIDE * image->scale;
	/* The network is finite (checked before writing): no value is left out. With added,
	 * one scale over every neuron, so their changes compare. */
	double top = image->added ? network_largest_magnitude(net->w1, NETWORK_INPUTS * net->hidden, 1, NULL)
				  : network_largest_magnitude(net->w1 + image->neuron, NETWORK_INPUTS,
							      net->hidden, NULL);

	if (image->added)
		fprintf(f,
			"P5\n# edgeviz: W1 - W1(step 0), what training added to hidden neuron %d;"
			" |change| up to %.6g over all neurons, gray 128 = 0\n%d %d\n255\n",
			image->neuron, top, side, side);
	else
		fprintf(f, "P5\n# edgeviz: hidden neuron %d, |w| up to %.6g, gray 128 = 0\n%d %d\n255\n",
			image->neuron, top, side, side);
	for (int y = 0; y < side; y++)
		for (int x = 0; x < side; x++) {
			int i = (y / image->scale) * PATCH_SIDE + x / image->scale;
			fputc(gray_level(net->w1[i * net->hidden + image->neuron], top), f);
		}
}

/* Write one neuron's image, of its weights or (added) of their change since step 0. */
static int write_neuron_pgm(const struct network *net, int neuron, int scale, bool added, const char *path,
			    char *err, size_t err_size)
{
	struct neuron_image image = { net, neuron, scale, added };

	if (neuron < 0 || neuron >= net->hidden || scale < 1 || scale > EXPORT_PGM_MAX_SCALE) {
		snprintf(err, err_size, "cannot export neuron %d at scale %d", neuron, scale);
		return -1;
	}
	if (!network_is_finite(net)) {
		snprintf(err, err_size, "not exporting '%s': the weights are not finite", path);
		return -1;
	}
	return atomic_file_write(path, write_neuron, &image, err, err_size);
}

int export_neuron_pgm(const struct network *net, int neuron, int scale, const char *path, char *err,
		      size_t err_size)
{
	return write_neuron_pgm(net, neuron, scale, false, path, err, err_size);
}

int export_added_pgm(const struct network *added, int neuron, int scale, const char *path, char *err,
		     size_t err_size)
{
	return write_neuron_pgm(added, neuron, scale, true, path, err, err_size);
}
