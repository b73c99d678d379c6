// The corporate signature (issue 16, round 2): name, title line(s), department, organisation,
// address and numbers, as large companies write it. Each block is written for this test, not
// taken from the bench material.
import { extractSignature } from '@/lib/extract/signature';

const read = (lines: string[]) => extractSignature(lines.join('\n'));

describe('corporate signatures', () => {
  it('reads abbreviated titles (Sr., Dir., Asst., Assoc., Exec., EVP) with their department', () => {
    expect(read(['Joseph P. Martin', 'Sr. Dir., Power Origination', 'Central Utilities Marketing', '(214) 555-0101'])).toMatchObject({
      title: 'Sr. Dir., Power Origination',
      company: 'Central Utilities Marketing',
    });
    expect(read(['Amy Chen', 'Exec. Asst. to the President', 'Summit Steel Corporation', '555-555-0100'])?.title).toBe('Exec. Asst. to the President');
    expect(read(['Ed Stone', 'Assoc. Director, Corporate Communications', 'Mirant Americas', '678-555-0110'])).toMatchObject({
      title: 'Assoc. Director, Corporate Communications',
      company: 'Mirant Americas',
    });
  });

  it('does not join a department line to a title that is complete', () => {
    expect(read(['Brenda Lopez', 'Administrative Assistant', 'Corporate Finance', 'Westbrook Insurance Group', '(860) 555-0122'])).toMatchObject({
      title: 'Administrative Assistant',
      company: 'Westbrook Insurance Group',
    });
  });

  it('takes the organisation over a department named after a function', () => {
    expect(read(['Karen Wu', 'Economist', 'Research Group', 'First Coastal Bank', '555-010-0100'])).toMatchObject({ title: 'Economist', company: 'First Coastal Bank' });
    expect(read(['Kevin Tran', 'Analyst', 'Structuring Group', 'Cascade Power Marketing LLC', '503-555-0178'])?.company).toBe('Cascade Power Marketing LLC');
    expect(read(['Ann Jones', 'Government Affairs', 'Pacific Power', '503-555-0104'])).toMatchObject({ title: 'Government Affairs', company: 'Pacific Power' });
  });

  it('reads agent nouns as roles', () => {
    expect(read(['Bill Harris', 'Originator', 'Acme Energy Services', '312-555-0100'])?.title).toBe('Originator');
    expect(read(['Dana Ruiz', 'Senior Estimator', 'Ridgeline Builders Inc.', '303-555-0100'])?.title).toBe('Senior Estimator');
  });

  it('keeps a state abbreviation that is also a role ("MD") in the address, and drops several credentials after a name', () => {
    const lead = read(['Rachel Goldberg, RN, MSN', 'SVP & Chief Nursing Officer', 'St. Agnes Regional Health System', '900 Caton Avenue', 'Baltimore, MD 21229', '410-555-0166']);
    expect(lead).toMatchObject({ fullName: 'Rachel Goldberg', title: 'SVP & Chief Nursing Officer', company: 'St. Agnes Regional Health System' });
    expect(lead?.location).toContain('Baltimore, MD 21229');
  });
});
