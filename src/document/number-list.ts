/**
 * A growing list of numbers in one typed array. A document of a million short
 * blocks keeps a few such lists; as arrays they would be slots the collector
 * visits on every collection, as typed arrays they are bytes it never reads.
 */
export class NumberList {
  private data = new Float64Array(16);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  at(index: number): number {
    return this.data[index];
  }
}
