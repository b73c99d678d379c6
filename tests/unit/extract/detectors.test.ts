import { DETECTORS } from '@/lib/extract/detectors';

const entries = Object.entries(DETECTORS);

describe('page detectors', () => {
  it.each(entries)('%s matches each of its example URLs', (_, detector) => {
    expect(detector.examples.length).toBeGreaterThan(0);
    for (const example of detector.examples) expect(detector.test(new URL(example))).toBe(true);
  });

  it.each(entries)('%s matches none of the other detectors’ URLs', (name, detector) => {
    const others = entries.filter(([other]) => other !== name).flatMap(([, other]) => other.examples);
    expect(others.filter((example) => detector.test(new URL(example)))).toStrictEqual([]);
  });
});
