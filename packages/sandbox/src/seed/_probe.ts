import { generateSeed } from '/work/main/packages/sandbox/src/seed/index.ts';
for (let i = 0; i < 3; i++) { const t = performance.now(); generateSeed({ seed: i + 1 }); console.log('ms', (performance.now() - t).toFixed(1)); }
for (const seed of [1, 2, 3, 42, 999]) {
  const d = generateSeed({ seed });
  const acts = d.activities;
  const full = acts.filter((a) => a.seatsLeft === 0);
  const fullClosed = full.filter((a) => !a.waitlistOpen);
  console.log(seed, { ins: d.institutions.length, courses: d.courses.length, offerings: d.offerings.length, noOff: d.courses.filter(c => !c.startsOn).length,
    acts: acts.length, regs: d.registrations.length, full: full.length, fullClosed: fullClosed.length,
    rid: acts.filter(a => a.requiresResidentId).length, walkIn: acts.filter(a => !a.registrationOpen).length,
    free: d.courses.filter(c => c.fee === 0).length });
}
const d = generateSeed();
console.log(d.courses.slice(0, 5), d.offerings.slice(0, 3), d.activities.slice(0, 3), d.activities.slice(-3), d.registrations[0], d.learners.slice(0,3), d.campaigns[0], d.institutions.slice(30,34));
const cats: Record<string, number> = {}; for (const c of d.courses) cats[c.category] = (cats[c.category] ?? 0) + 1; console.log(cats);
const titles = new Set(d.courses.map(c => c.title)); console.log('distinct titles', titles.size);
console.log(d.courses.filter((_, i) => i % 400 === 0).map(c => c.title + ' | ' + c.summary));
console.log(d.activities.filter((_, i) => i % 20 === 0).map(a => a.title + ' | ' + a.startsAt + ' | ' + a.place.name));
