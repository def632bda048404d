import { createApp } from 'vue';
import App from './App.vue';
import './App.css';

createApp(App).mount('#app');
