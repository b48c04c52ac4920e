/*
 * Exports of a run's state (see export.h).
 */
#include "config.h"

#include <math.h>

#include "core/atomic_file.h"
#include "core/export.h"

void
export_write_loss(FILE *f, double loss, int decimals)
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

void
export_csv_row(FILE *f, const struct epoch_record *r)
{
	fprintf(f, "%ld,", r->epoch);
	export_write_loss(f, r->loss, -1);
	fprintf(f, ",%.12g,%.12g\n", r->train_acc, r->test_acc);
}

/* atomic_file_writer for the epochs a trainer keeps. */
static void
write_epochs(FILE *f, const void *context)
{
	const struct trainer *t = context;

	fputs(EXPORT_CSV_HEADER "\n", f);
	for (long e = 0; e < trainer_epochs_done(t); e++) {
		const struct epoch_record *r = trainer_epoch_record(t, e);
		if (r != NULL)
			export_csv_row(f, r);
	}
}

int
export_epochs_csv(const struct trainer *t, const char *path, char *err, size_t err_size)
{
	return atomic_file_write(path, write_epochs, t, err, err_size);
}

struct neuron_image {
	const struct network *net;
	int neuron;
	int scale;
};

/* The gray level of weight w when the neuron's largest |weight| is top. */
static unsigned char
gray_level(double w, double top)
{
	if (!(top > 0.0))
		return 128;
	double level = 127.5 + 127.5 * (w / top);
	return (unsigned char)lround(fmin(255.0, fmax(0.0, level)));
}

/* atomic_file_writer for one neuron's weights as a PGM. */
static void
write_neuron(FILE *f, const void *context)
{
	const struct neuron_image *image = context;
	const struct network *net = image->net;
	int side = PATCH_SIDE * image->scale;
	/* The network is finite (checked before writing): no value is left out. */
	double top = network_largest_magnitude(net->w1 + image->neuron, NETWORK_INPUTS, net->hidden,
					       NULL);

	fprintf(f, "P5\n# edgeviz: hidden neuron %d, |w| up to %.6g, gray 128 = 0\n%d %d\n255\n", image->neuron,
		top, side, side);
	for (int y = 0; y < side; y++)
		for (int x = 0; x < side; x++) {
			int i = (y / image->scale) * PATCH_SIDE + x / image->scale;
			fputc(gray_level(net->w1[i * net->hidden + image->neuron], top), f);
		}
}

int
export_neuron_pgm(const struct network *net, int neuron, int scale, const char *path, char *err,
		  size_t err_size)
{
	struct neuron_image image = { net, neuron, scale };

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
