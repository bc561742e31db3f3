// Person names for the synthetic corpus, written for it: given and family names from sixteen
// naming traditions, combined within a tradition so a full name stays plausible.

/** Name parts in printed order (first, last) by naming culture. */
export const CULTURES: { first: string[]; last: string[] }[] = [
  {
    first: ['Olusegun', 'Amina', 'Chinedu', 'Ngozi', 'Babajide', 'Funmilayo', 'Yakubu', 'Halima'],
    last: ['Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Abubakar', 'Nwosu', 'Ogundipe', 'Bello'],
  },
  {
    first: ['Kwame', 'Ama', 'Kofi', 'Efua', 'Yaw', 'Akosua', 'Kojo', 'Abena'],
    last: ['Mensah', 'Asante', 'Boateng', 'Owusu', 'Agyeman', 'Darko', 'Quaye', 'Ofori'],
  },
  {
    first: ['Wanjiru', 'Otieno', 'Achieng', 'Kipchoge', 'Njeri', 'Mwangi', 'Auma', 'Kamau'],
    last: ['Kariuki', 'Odhiambo', 'Wafula', 'Cheruiyot', 'Mutua', 'Onyango', 'Kiprono', 'Wambui'],
  },
  {
    first: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Do', 'Bui'],
    last: ['Van Hung', 'Thi Lan', 'Minh Chau', 'Quoc Dung', 'Thanh Son', 'Hoai Trung', 'Duc Thang', 'Xuan Phuc'],
  },
  {
    first: ['Zhang', 'Liu', 'Chen', 'Zhao', 'Huang', 'Zhou', 'Sun', 'Ma'],
    last: ['Wei', 'Jianguo', 'Jun', 'Mei', 'Hao', 'Xiaoling', 'Qiang', 'Yan'],
  },
  {
    first: ['Takeshi', 'Yuko', 'Hiroshi', 'Naoko', 'Kenji', 'Ayumi', 'Daisuke', 'Emiko'],
    last: ['Tanaka', 'Suzuki', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Ito', 'Sato'],
  },
  {
    first: ['Priya', 'Rajesh', 'Anjali', 'Vikram', 'Sunita', 'Arvind', 'Meera', 'Sanjay'],
    last: ['Sharma', 'Iyer', 'Reddy', 'Banerjee', 'Nair', 'Kapoor', 'Chatterjee', 'Menon'],
  },
  {
    first: ['Ahmed', 'Fatima', 'Khalid', 'Layla', 'Omar', 'Noura', 'Youssef', 'Rania'],
    last: ['Al-Mansouri', 'Haddad', 'El-Sayed', 'Al-Khalifa', 'Nasser', 'Al-Thani', 'Saleh', 'Farouk'],
  },
  {
    first: ['Mehmet', 'Ayşe', 'Emre', 'Zeynep', 'Burak', 'Elif', 'Murat', 'Selin'],
    last: ['Yilmaz', 'Kaya', 'Demir', 'Sahin', 'Çelik', 'Aydin', 'Öztürk', 'Arslan'],
  },
  {
    first: ['Anna', 'Piotr', 'Małgorzata', 'Tomáš', 'Elena', 'Dmitri', 'Olga', 'Andrei'],
    last: ['Kowalski', 'Nowak', 'Petrov', 'Ivanova', 'Horváth', 'Novák', 'Popescu', 'Dimitrov'],
  },
  {
    first: ['Sophie', 'Lukas', 'Ingrid', 'Mathieu', 'Clara', 'Johan', 'Margit', 'Pierre'],
    last: ['Dubois', 'Muller', 'Lindqvist', 'Van den Berg', 'Moreau', 'Jensen', 'Schneider', 'Laurent'],
  },
  {
    first: ['Lucia', 'Carlos', 'Valentina', 'Alejandro', 'Camila', 'Joaquín', 'Isabel', 'Rodrigo'],
    last: ['Fernández', 'Gutiérrez', 'Morales', 'Herrera', 'Castillo', 'Rojas', 'Vargas', 'Mendoza'],
  },
  {
    first: ['João', 'Mariana', 'Tiago', 'Beatriz', 'Rafael', 'Inês'],
    last: ['Silva', 'Pereira', 'Costa', 'Almeida', 'Carvalho', 'Ribeiro'],
  },
  {
    first: ['Siti', 'Budi', 'Dewi', 'Agus', 'Ratna', 'Hendra'],
    last: ['Wijaya', 'Santoso', 'Hidayat', 'Kusuma', 'Pratama', 'Lestari'],
  },
  {
    first: ['Maria', 'Jose', 'Ramon', 'Cristina', 'Eduardo', 'Rosario'],
    last: ['Santos', 'Reyes', 'Dela Cruz', 'Bautista', 'Villanueva', 'Aquino'],
  },
  {
    first: ['Tevita', 'Losana', 'Sione', 'Mele', 'Viliami', 'Ana'],
    last: ['Tupou', 'Fifita', 'Vaipulu', 'Lolohea', 'Taufa', 'Havili'],
  },
];
