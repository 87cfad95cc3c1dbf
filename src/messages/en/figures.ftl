# Figure provenance: numbers in prose that must be quoted from data or marked (`sourced_numbers`).

figures-unmarked-number = `{ $number }` is neither quoted from a dataset nor marked as not from one
figures-unmarked-number-help = quote a figure from its dataset with { $stat }, or mark a number that is not from data: { $marked }
figures-num-needs-text = `num` needs text="...": the words it marks as not from a dataset, e.g. { $example }
figures-num-needs-text-help = write { $example } around a number that is not from a dataset
