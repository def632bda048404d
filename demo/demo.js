// The demo partner page: the calendar widget, and a course list read with the core SDK (publishable key only).
import { createTransport, courses } from '@learning-city/core/courses';
import '@learning-city/widgets/event-calendar';

const { apiBase, publishableKey } = document.body.dataset;
const transport = createTransport({ baseUrl: apiBase, apiKey: publishableKey });
document.getElementById('api-base').textContent = apiBase;

function card(title, lines) {
  const li = document.createElement('li');
  const h3 = document.createElement('h3');
  h3.textContent = title; // data is always text, never markup
  li.append(h3);
  for (const line of lines) {
    const p = document.createElement('p');
    p.className = 'meta';
    p.textContent = line;
    li.append(p);
  }
  return li;
}

async function searchCourses(q) {
  const status = document.getElementById('course-status');
  const list = document.getElementById('course-list');
  status.textContent = '正在加载…';
  try {
    const page = await courses(transport).list({ q, limit: 12 });
    list.replaceChildren(
      ...page.data.map((c) =>
        card(c.title, [`${c.institution.name} · ${c.district}`, c.fee === 0 ? '免费' : `¥${c.fee}`]),
      ),
    );
    status.textContent = page.data.length ? `找到课程（显示前 ${page.data.length} 门）` : '没有找到相关课程';
  } catch (error) {
    status.textContent = `加载失败：${error.message}`;
  }
}

document.getElementById('course-search').addEventListener('submit', (event) => {
  event.preventDefault();
  void searchCourses(new FormData(event.target).get('q'));
});
void searchCourses(document.getElementById('q').value);
