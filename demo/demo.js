// The demo partner page: the course finder, the calendar and the nomination form, configured once by <lc-provider>
// (publishable key only).
import '@learning-city/widgets/course-finder';
import '@learning-city/widgets/event-calendar';
import '@learning-city/widgets/star-nomination';

document.getElementById('api-base').textContent = document.body.dataset.apiBase;

// A partner page can follow what residents do, e.g. for its own analytics (no personal data in these events).
document.addEventListener('lc-course-select', (event) => {
  document.title = `${event.detail.course.title} · 海淀区图书馆`;
});
